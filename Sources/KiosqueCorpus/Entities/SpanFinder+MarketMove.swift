/// `Airbus a reculé de 1,2 %`, `Vorlix gagne 3 %`: a name whose price moves by a percentage is a
/// listed company (or an index), so a sentence that opens with it opens with a name.
extension SpanFinder {
    func isMarketMove(after end: Int) -> Bool {
        var offset = 1
        let cursor = TokenCursor(tokens, at: end)
        if cursor.lookahead(offset, { $0.isWord && $0.length == 1 && $0.folded == "a" }) { offset += 1 }
        guard cursor.lookahead(offset, { $0.isWord && !$0.isCapitalized && Lexicon.marketMoveVerbs.contains($0) }) else { return false }
        offset += 1
        if cursor.lookahead(offset, { $0.isWord && $0.length == 2 && $0.folded == "de" }) { offset += 1 }
        // A number (`1`, or `1,2` as three tokens), then `%`.
        guard cursor.lookahead(offset, { $0.isWord && $0.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return false }
        offset += 1
        if cursor.peek(offset)?.symbol == ",", cursor.lookahead(offset + 1, { $0.isWord && $0.folded.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }) {
            offset += 2
        }
        return cursor.peek(offset)?.symbol == "%"
    }
}

extension Lexicon {
    /// Verbs of a share price's move, present and past participle.
    /// Source: hand-written, French verbs of stock-market reports.
    static let marketMoveVerbs: WordSet = ["recule", "gagne", "cede", "progresse", "bondit", "bondi", "chute", "grimpe",
        "perd", "perdu", "plonge", "avance", "decroche", "flambe", "rechute",
        // (`s’envole`, `s’effondre`: the pronoun is cut off like an elided article.)
        "envole", "effondre"]
}
