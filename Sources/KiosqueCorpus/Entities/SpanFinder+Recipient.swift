/// `un prix attribué à …`, `l’usine cédée à …`: after a participle of giving, `à` introduces
/// who receives (a person or a body), not where something is.
extension SpanFinder {
    func isRecipient(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard !tokens[start].afterElision, cursor.lookahead(-1, { $0.isWord && $0.folded == "a" && $0.utf8.count == 2 }) else { return false }
        return cursor.word(-2, in: Lexicon.givingParticiples)
    }
}

extension Lexicon {
    /// Participles of giving, in their four forms. Source: hand-written, French participles.
    static let givingParticiples: WordSet = {
        let stems = ["attribue", "decerne", "confie", "cede", "vendu", "revendu", "offert", "remis", "accorde", "adresse",
            "envoye", "verse", "promis", "transmis", "delegue", "reserve", "dedie"]
        return WordSet(stems.flatMap { [$0, $0 + "e", $0 + "s", $0 + "es"] })
    }()
}
