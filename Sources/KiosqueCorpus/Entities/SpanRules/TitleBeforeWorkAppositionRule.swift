/// `Les Heures creuses, de la réalisatrice …`, `de Los días del agua, le nouveau long métrage`,
/// `ainsi que La casa de Ernestina, premier film de …`: a title in sentence case (a capital,
/// then lower-case words) closed by a comma and an apposition that names a work or its maker is
/// one MISC name, lower-case words included. Without quotes, only the apposition says where
/// such a title ends.
enum TitleBeforeWorkAppositionRule: SpanRule {
    /// Words of a title: at most this many before the comma.
    static let maximumWords = 7

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let first = cursor.peek(), first.isWord, first.isCapitalized, !first.isAcronym,
              let comma = commaBeforeWorkApposition(cursor),
              // (`Ville de Paris`, `Ballet de l’Opéra …`: an institution's head opens no title.)
              !first.isGivenName, !first.has(.organisationHeads), !first.has(.venueNouns), opensTitle(cursor) else { return .pass }
        var lowerCase = false
        for offset in 1..<comma {
            guard let token = cursor.peek(offset) else { return .pass }
            if !token.isCapitalized {
                // (`… de Montréal en février dernier,`: a date is the sentence's, not the title's.)
                if Lexicon.months.contains(token) { return .pass }
                lowerCase = true
            } else if !isTitleCapital(token, at: offset, cursor) {
                return .pass
            }
        }
        guard lowerCase else { return .pass }
        var work = finder.makeCandidate(cursor.index, cursor.index + comma - 1, type: .misc)
        if first.afterElision { finder.keepArticle(of: &work, first: first) }
        return .name(work, next: cursor.index + comma)
    }

    /// The offset of the comma that closes the words from the cursor when an apposition of
    /// works follows it, or nil. (The comma first, by symbols alone: this runs at every
    /// capitalised word.)
    static func commaBeforeWorkApposition(_ cursor: TokenCursor) -> Int? {
        var comma = 1
        while comma <= maximumWords, let token = cursor.peek(comma), token.isWord { comma += 1 }
        guard comma >= 2, cursor.lookahead(comma, { $0.symbol == "," }), announcesWork(cursor, comma: comma) else { return nil }
        return comma
    }

    /// A capital inside a title: the noun after its opening article (`Les Heures creuses`), or a
    /// place's or a character's name after a connector (`Papa est à Kinshasa`, `La casa de
    /// Ernestina`) that is no one's given name (`Les Bienveillantes de Jonathan Littell` is a title
    /// and its author). Anything else (`Waro avant d’entonner Batarsité`) is a sentence.
    private static func isTitleCapital(_ token: NameToken, at offset: Int, _ cursor: TokenCursor) -> Bool {
        if offset == 1, let first = cursor.peek(), first.has(.nameArticles) || first.folded == "les" { return true }
        guard !token.isGivenName else { return false }
        if token.afterElision { return true }
        return cursor.lookahead(offset - 1) { $0.isWord && $0.has(.connectors) } || cursor.word(offset - 1, in: Lexicon.titleLinks)
    }

    /// Inside a sentence a capital opens a title; at a sentence's start, where every word has
    /// one, only an article and a capitalised noun do (`Les Heures creuses`, `L’Homme du fleuve`).
    private static func opensTitle(_ cursor: TokenCursor) -> Bool {
        guard let first = cursor.peek(), first.sentenceStart, !first.afterElision else { return true }
        guard first.has(.nameArticles) || first.folded == "les", let noun = cursor.peek(1) else { return false }
        return noun.isWord && noun.isCapitalized
    }

    /// `, le nouveau long métrage`, `, premier film`, `, une comédie`, `, de la réalisatrice`,
    /// `, du compositeur`: what follows the comma.
    private static func announcesWork(_ cursor: TokenCursor, comma: Int) -> Bool {
        var offset = comma + 1
        if cursor.lookahead(offset, { $0.isWord && ($0.folded == "de" || $0.folded == "du") }) {
            if cursor.lookahead(offset + 1, { $0.isWord && $0.folded == "la" }) { offset += 1 }
            return cursor.word(offset + 1, in: Lexicon.workMakers)
        }
        if cursor.word(offset, in: Lexicon.postposedDeterminers) || cursor.word(offset, in: Lexicon.appositionRanks) { offset += 1 }
        // (`le nouveau`, `le dernier`, then `long métrage`.)
        if cursor.word(offset, in: Lexicon.workAppositionAdjectives) { offset += 1 }
        if cursor.word(offset, in: Lexicon.filmLengths) { offset += 1 }
        return cursor.word(offset, in: Lexicon.workNouns) || cursor.word(offset, in: Lexicon.workGenres)
    }
}

extension Lexicon {
    /// Who makes a work, in an apposition after its title (`, de la réalisatrice …`).
    /// Source: hand-written, French nouns of trades of the arts.
    static let workMakers: WordSet = ["realisateur", "realisatrice", "cineaste", "romancier", "romanciere", "auteur",
        "auteure", "autrice", "compositeur", "compositrice", "dramaturge", "choregraphe", "peintre", "photographe",
        "metteur", "metteuse", "dessinateur", "dessinatrice", "scenariste", "poete", "poetesse"]
    /// Adjectives before the noun of such an apposition (`, le nouveau …`, `, son dernier …`).
    /// Source: hand-written, French adjectives.
    static let workAppositionAdjectives: WordSet = ["nouveau", "nouvel", "nouvelle", "dernier", "derniere", "premier",
        "premiere", "second", "seconde", "deuxieme", "troisieme"]
    /// `long métrage`, `court métrage`. Source: hand-written, French cinema.
    static let filmLengths: WordSet = ["long", "court", "moyen"]
    /// Prepositions before a capitalised word inside a title (`à Kinshasa`), besides connectors.
    /// Source: hand-written, French prepositions.
    static let titleLinks: WordSet = ["a", "au", "aux", "en", "sur", "sous", "pour", "avec", "chez", "et"]
    /// Kinds of works that may stand for `film` or `livre` in an apposition (`, une comédie`).
    /// Source: hand-written, French nouns of genres.
    static let workGenres: WordSet = ["metrage", "comedie", "drame", "thriller", "polar", "western", "biopic", "fiction",
        "fresque", "satire", "adaptation", "saga", "nouvelle", "symphonie", "concerto", "oratorio", "cantate", "sonate",
        "installation", "sculpture", "huile", "toile", "aquarelle", "bande", "manga", "jeu"]
}
