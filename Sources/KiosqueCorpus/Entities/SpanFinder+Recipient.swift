/// `un prix attribué à …`, `l’usine cédée à …`, `des avions commandés à …`: after a participle
/// of giving (or of ordering and buying, whose `à` is the seller), `à` introduces who receives
/// or sells (a person or a body), not where something is.
extension SpanFinder {
    func isRecipient(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard !tokens[start].afterElision, cursor.lookahead(-1, { $0.isPrepositionA }) else { return false }
        // (`confiée pour trente ans à …`, `commandés en 2022 à …`: a complement of time may come
        // between; an object may not: `promis un parking à Vorlac` is where.)
        if isFined(cursor) { return true }
        for offset in stride(from: -2, through: -6, by: -1) {
            if cursor.word(offset, in: Lexicon.givingParticiples) { return true }
            guard cursor.lookahead(offset, { $0.isWord && !$0.isCapitalized
                && (isCardinal($0) || Lexicon.timeComplementWords.contains($0) || $0.folded.hasSuffix("ment")) }) else { return false }
        }
        return false
    }
}

extension SpanFinder {
    /// `une amende de 500 millions d’euros à Vorlix`: after a fine and its amount, `à` names who pays.
    private func isFined(_ cursor: TokenCursor) -> Bool {
        for offset in stride(from: -2, through: -9, by: -1) {
            guard let token = cursor.peek(offset), token.isWord || token.symbol == "," else { return false }
            if Lexicon.fineNouns.contains(token) { return true }
            guard !token.isCapitalized, token.symbol == "," || isCardinal(token) || Lexicon.amountWords.contains(token) else { return false }
        }
        return false
    }
}

extension Lexicon {
    /// Source: hand-written, French nouns of fines.
    static let fineNouns: WordSet = ["amende", "amendes", "penalite", "penalites", "astreinte"]
    /// Words of an amount of money (`de 500 millions d’euros`). Source: hand-written, French.
    static let amountWords: WordSet = ["de", "d", "millions", "million", "milliards", "milliard", "euros", "euro", "dollars",
        "dollar", "francs", "livres", "mille", "record"]

    /// Words of a complement of time between a participle and its `à` (`pour trente ans`, `en 2022`).
    /// Source: hand-written, French prepositions and nouns of time.
    static let timeComplementWords: WordSet = ["pour", "en", "depuis", "dans", "des", "ans", "an", "mois",
        "annees", "jours", "semaines", "deja", "hier", "trente", "vingt", "dix", "cinq", "quinze", "cinquante", "cent"]

    /// Participles of giving, in their four forms. Source: hand-written, French participles.
    static let givingParticiples: WordSet = {
        let stems = ["attribue", "decerne", "confie", "cede", "vendu", "revendu", "offert", "remis", "accorde", "adresse",
            "envoye", "verse", "promis", "transmis", "delegue", "reserve", "dedie", "commande", "achete", "loue"]
        return WordSet(stems.flatMap { [$0, $0 + "e", $0 + "s", $0 + "es"] })
    }()
}

extension SpanFinder {
    /// `face à Delcourt et à Kurokawa`, `grâce à Vorlix`: `à` in a locution points at whom one
    /// faces or thanks, no place (nor does the pair's second `à`).
    /// (`grâce à Yarisleydi Bombalier Cisnero`: `locutions` narrows the list, as for a name of
    /// several words, where `face à` may still name a town's team.)
    func isAfterLocutionA(at start: Int, locutions: WordSet = Lexicon.locutionsWithA) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard !tokens[start].afterElision, cursor.lookahead(-1, { $0.isPrepositionA }) else { return false }
        if cursor.word(-2, in: locutions) { return true }
        return cursor.lookahead(-2) { $0.isWord && $0.isFold(oneOf: ["et", "ou"]) } && cursor.isCapitalised(-3)
            && cursor.lookahead(-4, { $0.isPrepositionA }) && cursor.word(-5, in: locutions)
    }
}

extension Lexicon {
    /// Words that make `à` a locution's (`face à`, `grâce à`, `quant à`).
    /// Source: hand-written, French grammar.
    static let locutionsWithA: WordSet = ["face", "grace", "quant"]
    /// Whom one thanks is no place, even named in several words.
    static let thanksLocution: WordSet = ["grace"]
}
