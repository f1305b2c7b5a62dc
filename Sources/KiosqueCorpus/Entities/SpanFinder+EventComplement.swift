/// `le festival des Brelofolies de Spa`, `le tournoi des Cinq Vallées`: after an event noun, a
/// name brought in by `des` is the event's own name (a plural title), not where it is held
/// (`le festival de Vorlac` names a town: left to the other cues).
extension SpanFinder {
    func isEventComplement(start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard !tokens[start].afterElision, cursor.lookahead(-1, { $0.isWord && $0.length == 3 && $0.folded == "des" }),
              cursor.lookahead(-2, { $0.isWord && !$0.isCapitalized && Lexicon.eventNouns.contains($0) }) else { return false }
        let first = tokens[start]
        return !first.has(.places) && !Lexicon.cities.contains(first)
    }
}

extension Lexicon {
    /// Lower-case nouns of events whose `des` complement is the event's name.
    /// Source: hand-written, French nouns of festivals, fairs and competitions.
    static let eventNouns: WordSet = ["festival", "salon", "foire", "biennale", "tournoi", "championnat", "rallye",
        "marathon", "cross", "gala", "trophee"]
}
