/// `la centrale de Vorlac`, `les habitants de Quelmiz`, `un ouvrier de Trelmont`: an unknown
/// single name with no article as the `de` complement of a common noun names where the thing
/// or the people are; the nouns whose `de` complement is a company (`le PDG de …`) or a
/// maker (`le vaccin de …`) were looked at before.
extension SpanFinder {
    func isPlaceComplement(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        let nounOffset: Int
        if elidedDe(tokens[start]) { nounOffset = -1 } else if cursor.lookahead(-1, Self.isBareDe) { nounOffset = -2 } else { return false }
        // (`les salles de Bukom et de Tamalo`: the second complement of a pair is the noun's too.)
        if cursor.lookahead(nounOffset, { $0.isWord && $0.isFold(oneOf: ["et", "ou"]) }),
           let previousStart = coordinatedComplementStart(before: start + nounOffset) {
            let first = tokens[previousStart]
            return !companyContext(before: previousStart)
                && (elidedDe(first) ? isLocationComplement(at: previousStart) : isPlaceComplement(at: previousStart))
        }
        // (`la directrice commerciale de …`: an adjective after the noun; the noun decides.)
        let qualified = cursor.lookahead(nounOffset) { $0.isWord && isAdjective($0) }
            && cursor.lookahead(nounOffset - 1) { $0.isWord && !$0.isCapitalized && $0.length >= 4 }
        let nounAt = qualified ? nounOffset - 1 : nounOffset
        guard let noun = cursor.peek(nounAt), noun.isWord, !noun.isCapitalized, noun.length >= 4 else { return false }
        // (`les rues de Quelmoro`, `les plages de …`: the features of a place, named in the plural.)
        if Self.isPluralFeatureNoun(noun) { return !hasAcronymHead(tokens[start]) }
        // (`le gouvernement de Vichy`, `la reine de Quelmoro`, `le sous-préfet de …`: who governs a land.)
        if Lexicon.landRulerNouns.contains(noun) { return !hasAcronymHead(tokens[start]) }
        guard Lexicon.isCommonNoun(noun) || Lexicon.sitedBodyNouns.contains(noun) || isUnlistedNoun(noun), !noun.has(.companyOwnerNouns),
              !noun.has(.madeThings), !noun.has(.titles),
              !noun.has(.bodyPartNouns), !Lexicon.prepositionNouns.contains(noun) else { return false }
        // (`les vignes de QVT-Vorlan`: an acronym heading a compound names a body.)
        if hasAcronymHead(tokens[start]) { return false }
        if Lexicon.sitedBodyNouns.contains(noun) { return true }
        if let type = classType(of: noun) { return type == .place }
        // (`un signalement de Tracfin`, `le ralentissement de Gucci`: an action's complement is
        // who acts; `le campement de …`, `le centre d’entraînement de …` stand somewhere.)
        if noun.folded.hasSuffix("ment") || noun.folded.hasSuffix("ments") {
            return Lexicon.siteNounsInMent.contains(noun) || elidedDe(noun) || cursor.lookahead(nounAt - 1, Self.isBareDe)
        }
        return true
    }

    private static func isBareDe(_ token: NameToken) -> Bool { token.isWord && token.length == 2 && token.folded == "de" }

    /// `rues`, `plages`, `ponts`: the plural of a noun of streets, sites and reliefs.
    private static func isPluralFeatureNoun(_ noun: NameToken) -> Bool {
        let word = noun.folded
        guard let last = word.utf8.last, last == 0x73 || last == 0x78 else { return false }
        return Lexicon.featureNouns.contains(String(word.dropLast()))
    }
}

extension Lexicon {
    /// Nouns in `-ment` of sites, not actions: their `de` complement is where they are.
    /// Source: hand-written, French nouns.
    static let siteNounsInMent: WordSet = ["campement", "campements", "gisement", "gisements", "lotissement",
        "lotissements", "appartement", "appartements", "batiment", "batiments", "cantonnement", "cantonnements"]

    /// A French common noun or adjective, singular or plural: the word list holds singulars
    /// (`les vignes de …`, `les forêts de …` have theirs listed).
    static func isCommonNoun(_ token: NameToken) -> Bool {
        if commonWords.contains(token) { return true }
        let word = token.folded
        // (`entrepreneure`, `professeures`: a feminine in `-eure` the list lacks, by its masculine.)
        if word.hasSuffix("eure") { return commonWords.contains(String(word.dropLast())) }
        if word.hasSuffix("eures") { return commonWords.contains(String(word.dropLast(2))) }
        guard word.utf8.count >= 5, let last = word.utf8.last, last == 0x73 || last == 0x78 else { return false }
        return commonWords.contains(String(word.dropLast()))
    }

    /// Nouns that only build prepositions (`auprès de`, `au sein de`, `au lieu de`): their
    /// complement is whoever the phrase points at, no place.
    /// Source: hand-written, French grammar.
    static let prepositionNouns: WordSet = ["aupres", "sein", "lieu", "faute", "cotes"]

    /// Pronouns that stand for a noun said before (`celui de …`). Source: hand-written, French grammar.
    static let demonstrativePronouns: WordSet = ["celui", "celle", "celles", "ceux"]

    /// Nouns whose `de` complement is a body that has them (`la direction de …`, `les membres de …`).
    /// Source: hand-written, French nouns of the parts and people of organisations.
    static let bodyPartNouns: WordSet = ["direction", "presidence", "gestion", "strategie", "gouvernance", "membres",
        "membre", "equipe", "equipes", "partenaires", "partenaire", "dirigeant", "directeur", "directrice", "comptes",
        "resultats", "dette", "offres", "marque", "marques", "produits", "services", "couleurs", "maillot", "logo",
        // (`les filles de …`, `les coureurs de …`: a team's members.)
        "filles", "garcons", "joueurs", "joueuses", "coureurs", "coureuses", "coequipiers", "coequipieres"]
}

extension SpanFinder {
    /// `les ombrières de Haamene`, `la violoneuse de Manawan`, `le musher de Røros`: a lower-case
    /// word the dictionary lacks before `de` is most often a noun as well (not a verb in the
    /// imperfect, `représentait de …`, nor a pronoun whose antecedent decides, `celui de …`).
    func isUnlistedNoun(_ word: NameToken) -> Bool {
        guard word.length >= 5, !word.has(.stopWords), !Lexicon.commonWords.contains(word), !Lexicon.verbForms.contains(word),
              !Lexicon.demonstrativePronouns.contains(word) else { return false }
        let folded = word.folded
        return !folded.hasSuffix("ait") && !folded.hasSuffix("aient")
    }
}

extension Lexicon {
    /// Nouns of who governs a land, whose `de` complement is that land.
    /// Source: hand-written, French nouns of governments, sovereigns and prefects.
    static let landRulerNouns: WordSet = ["gouvernement", "gouvernements", "reine", "royaume", "emir", "emirat",
        "sultan", "sultanat", "prefet", "prefete", "prefecture", "sous prefet", "sous prefete", "sous prefecture", "gouverneur",
        "gouverneure"]
}
