/// `mer de Chine méridionale`, `golfe du Bengale`: a lower-case geographic noun, `de`/`des`/`du`,
/// capitalised words and an optional adjective are one PLACE, the noun included (guidelines:
/// the noun is part of such names).
enum NamedFeatureRule: SpanRule {
    /// `pointé`, `placé` fold like `pointe`, `place`: a participle's `é` ends the word (`vallée` keeps
    /// its `e`); `marché` is the one noun of a site that ends so (`la marche` is a walk), and it is
    /// no feature noun elsewhere (`Marché de Noël` is an event).
    private static func endsWithAcuteE(_ token: NameToken, in finder: SpanFinder) -> Bool {
        var bytes = finder.utf8[token.utf8]
        if bytes.last == 0x73 { bytes = bytes.dropLast() }  // s
        return bytes.suffix(2).elementsEqual([0xC3, 0xA9])  // é
    }

    /// (Set literals at a call build their tables at every call.)
    private static let la: WordSet = ["la"], a: WordSet = ["a"], masculineDeterminers: WordSet = ["le", "un", "du", "au"]
    /// (`une baie baptisée Golondrina`: what is christened after the noun is a name of its own, no
    /// adjective inside the feature's.)
    private static let namingParticiples: WordSet = ["baptise", "baptisee", "baptises", "baptisees", "nomme", "nommee",
        "nommes", "nommees", "appele", "appelee", "appeles", "appelees", "surnomme", "surnommee", "denomme", "denommee"]

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        // Cheap tests first: this runs for every lower-case word. (`pointé` folds like `pointe`.)
        guard let noun = cursor.peek(), !noun.isCapitalized, let next = cursor.peek(1), let second = cursor.peek(2),
              next.isCapitalized || second.isCapitalized || (second.folded == "la" && cursor.isCapitalised(3)),
              noun.has(.featureNouns) || noun.folded == "marche", endsWithAcuteE(noun, in: finder) == (noun.folded == "marche")
        else { return .pass }
        var offset = 1
        let direct = !["de", "des", "du", "d", "aux"].contains(next.folded)
        if !direct {
            // (`vallée de la Vésubie`: the article after `de` is outside the name but inside the span.)
            offset = next.folded == "de" && second.folded == "la" ? 3 : 2
        } else if !next.afterElision && !Lexicon.directFeatureNouns.contains(noun) {
            return .pass
        } else if !next.isCapitalized, !next.afterElision, second.isWord, second.isCapitalized, !second.afterElision,
                  !Lexicon.headlessVenueNouns.contains(noun), finder.isAdjective(next), !Self.namingParticiples.contains(next) {
            // `salle polyvalente Kid Chocolate`, `pont international Simón Bolívar`: one adjective
            // between a direct noun and its name.
            offset = 2
        }
        // (`l’île de Bioko` → `Bioko`: an island named with `de` is named by its own name, as the sets
        // have it 24 times of 34; `île Moucha`, `îles Chausey`, `île de la Jeunesse` keep the noun.)
        if noun.folded == "ile", offset == 2 ? next.folded == "de" : next.afterElision { return .pass }
        // (`l’hôtel Nacional`, `la plage Ancón`, `le marché Sandaga` are named so; `l’hôtel de Calpe`,
        // `la plage d’Arta`, `le marché de Madina` are mostly annotated by the town alone.)
        if Lexicon.directOnlyFeatureNouns.contains(noun) && (offset != 1 || next.afterElision) { return .pass }
        // (`le terminal Guillermón Moncada` is named so; `le terminal d’Eurotunnel` is a firm's.)
        if noun.folded == "terminal" && (!direct || next.afterElision) { return .pass }
        // `le passage d’Omar`: only `passage du …` names a strait.
        if noun.folded == "passage" && next.folded != "du" { return .pass }
        // (`rue Le Peletier`: a capital article opens a street's name after it; `mer du Nord`, `gare
        // du Nord`: a compass point after `du` names the feature; `place de la République`, `place
        // de Mai`: so does any capitalised word after a street's `de`.)
        guard let name = cursor.peek(offset), name.isWord, name.isCapitalized,
              !name.has(.notNames) || (name.has(.nameArticles) && cursor.isCapitalised(offset + 1)
                  && Lexicon.streetNouns.contains(noun)) || (!direct && name.has(.compassPoints))
                  || (!direct && Lexicon.streetNouns.contains(noun) && name.length >= 3 && !name.has(.stopWords)) else { return .pass }
        if noun.folded == "place" && !namesASquare(cursor, name: name, direct: offset == 1) { return .pass }
        // (`la même salle aux Jeux centraméricains`: at an event, not a hall named after one.)
        if next.folded == "aux", name.has(.miscHeads) { return .pass }
        if !direct, isVenueInKnownTown(noun, name: name, at: offset, cursor, in: finder) { return .pass }
        // (`à la pointe de la Recherche`: at the forefront, no headland.)
        if noun.folded == "pointe", cursor.word(-1, in: la), cursor.word(-2, in: a) { return .pass }
        // (`sur le plateau de TF1`, `le plateau de France 2`: a channel's studio set, no plateau.)
        if noun.folded == "plateau", name.isAcronym || cursor.lookahead(offset + 1, { $0.isWord && $0.folded.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true }) {
            return .pass
        }
        // (`a frappé fort Lundi`: the adverb; the fort is named after its article, `le fort San Lorenzo`.)
        if noun.folded == "fort", !cursor.word(-1, in: masculineDeterminers) { return .pass }
        // (`servies par le pointe Leosdan …`: in water polo the centre forward is masculine.)
        if noun.folded == "pointe", cursor.word(-1, in: masculineDeterminers) { return .pass }
        while cursor.lookahead(offset + 1, { $0.isWord && $0.isCapitalized && !$0.afterElision })
                || finder.isInitialBeforeSurname(at: cursor.index + offset) {
            offset += finder.isInitialBeforeSurname(at: cursor.index + offset) ? 2 : 1
        }
        // `stade Victoria de Girón`, `place Charles de Gaulle`: a connector inside the name, unless
        // what follows it is a known place, where the site stands (`stade Antonio Maceo de Santiago`).
        // (Not `du`, `des`: `salle García Lorca du Grand Théâtre` is a hall of another venue.)
        if direct {
            while cursor.lookahead(offset + 1, { $0.isWord && Lexicon.nameInnerConnectors.contains($0) }),
                  cursor.lookahead(offset + 2, { $0.isWord && $0.isCapitalized && !$0.afterElision && !GazetteerRule.isKnownPlaceWord($0) }),
              // (`… de Ciego de Ávila`: nor the first word of a known place of several words.)
              GazetteerRule.knownPlaceOfWordsEnd(TokenCursor(cursor.tokens, at: cursor.index + offset + 2), in: finder) == nil {
                offset += 2
                while cursor.lookahead(offset + 1, { $0.isWord && $0.isCapitalized && !$0.afterElision }) { offset += 1 }
            }
        }
        // (`la rivière Massacre arrive dans …`: a verb that ends like an adjective is the predicate;
        // `le val d’Hérens emmenée par …`: a participle after the name says what it did.)
        if cursor.lookahead(offset + 1, { $0.isWord && finder.isAdjective($0) && !finder.isPastParticiple($0) }),
           !finder.isVerbAfterName(at: cursor.index + offset + 1) { offset += 1 }
        let end = cursor.index + offset
        // (`stade Bollaert` → `Bollaert`: a stadium's name is given without its noun, unless `de`
        // joins them, `stade de la Rabine`, `stade d’Ornano`.)
        let start = direct && !next.afterElision && Lexicon.headlessVenueNouns.contains(noun) ? cursor.index + 1 : cursor.index
        return .name(finder.makeCandidate(start, end, type: .place), next: end + 1)
    }

    /// `la gare de Béchar`, `le stade de Bayamo`, `la piscine de Pinar del Río`: a town's station or
    /// stadium, named by the town alone (which is the entity); `le stade de la Rabine`, `le parc
    /// des Princes` are names.
    private static func isVenueInKnownTown(_ noun: NameToken, name: NameToken, at offset: Int, _ cursor: TokenCursor,
                                           in finder: SpanFinder) -> Bool {
        guard Lexicon.venueNounsOfTowns.contains(noun) else { return false }
        if GazetteerRule.isKnownPlaceWord(name) && !cursor.lookahead(offset + 1, { $0.isWord && $0.isCapitalized }) { return true }
        return GazetteerRule.knownPlaceOfWordsEnd(TokenCursor(cursor.tokens, at: cursor.index + offset), in: finder) != nil
    }

    /// `place de la Concorde` is a square, but `à la place de la Russie` (instead of), `la mise en
    /// place du Conseil`, `la 3e place du Tour`, `sa place de …` and `la place de la France dans
    /// le monde` (a country's rank) are not. (`place Bolívar`: a name right after the noun, without
    /// `de`, is the square's even when it is a place's.)
    private static func namesASquare(_ cursor: TokenCursor, name: NameToken, direct: Bool) -> Bool {
        if let previous = cursor.peek(-1), previous.isWord {
            if ["en", "sa", "ma", "ta", "leur", "notre", "votre", "premiere", "deuxieme", "troisieme", "derniere", "seconde",
                "meilleure", "bonne",
                // (`rien ne place Kévin … sur les lieux`: the verb.)
                "ne", "se", "il", "elle", "on", "qui", "ils", "elles", "me", "te"].contains(previous.folded) { return false }
            if previous.folded.first?.isNumber == true { return false }
            // (`jusqu’à la place des Travailleurs` goes somewhere: only a bare `à` may mean instead.)
            if previous.folded == "la", cursor.lookahead(-2, { $0.folded == "a" && !$0.afterElision }) { return false }
        }
        // (`place Calixto García`: a square right after its noun may bear someone's name.)
        return (direct || !(name.has(.places) && !Lexicon.cities.contains(name))) && (direct || !name.isGivenName)
    }
}

extension Lexicon {
    /// Nouns of streets, whose names may open with a capital article (`rue Le Peletier`) or a
    /// date (`avenue 18 de Julio`, `SpanishDateNameRule`).
    /// Source: hand-written, French and Spanish street nouns.
    static let streetNouns: WordSet = ["rue", "avenue", "boulevard", "quai", "place", "allee", "impasse", "cours",
                                       "calle", "avenida", "plaza", "paseo"]

    /// Feature nouns kept in a name only when the name follows them directly (`plage Ancón`).
    /// Source: hand-written, French nouns, after the annotated sets' spans.
    static let directOnlyFeatureNouns: WordSet = ["hotel", "plage", "marche", "jardins", "fort"]

    /// Connectors inside people's and places' names, without a contracted article.
    /// Source: hand-written, French, Spanish, Portuguese, Italian, Dutch, German and Arabic name particles.
    static let nameInnerConnectors: WordSet = ["de", "del", "da", "do", "dos", "das", "di", "y", "van", "von", "der", "den",
        "bin", "ben", "ibn", "al", "el", "las", "los"]

    /// Venue nouns left outside the name that follows them directly (`stade Marcel-Michelin` →
    /// `Marcel-Michelin`), as most annotated sets do; other venues keep theirs (`salle Pleyel`).
    /// Source: hand-written, the annotation decisions recorded with the sets.
    static let headlessVenueNouns: WordSet = ["stade"]

    /// Nouns of venues that every town has, whose `de` complement is mostly the town.
    /// Source: hand-written, French nouns of sports grounds and stations.
    /// (`la forêt de l’Afrique centrale`, `le volcan de Fogo`: a known land's forest or volcano is named by the land, too;
    /// so are `la plaine du Rhône`, `la montagne de Bourg-Saint-Maurice`.)
    static let venueNounsOfTowns: WordSet = ["stade", "salle", "patinoire", "piscine", "gymnase", "velodrome", "hippodrome",
        "parc", "gare", "foret", "volcan", "plaine", "montagne"]
}
