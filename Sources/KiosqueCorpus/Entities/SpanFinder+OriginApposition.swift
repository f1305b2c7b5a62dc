/// `Le sculpteur Tidjine Goroma, de Hienghène, a …`: between commas after a name, `de` and one
/// word say where the person or the thing comes from. In the annotated sets such a complement
/// is a place 68 times and a body 6, so an unknown word there is guessed a place. Only when a
/// comma closes the apposition: two of the bodies ended a sentence (`le généticien Joost
/// Voorhees, de McMaster.`).
extension SpanFinder {
    func isOriginAfterName(start: Int, end: Int) -> Bool {
        guard start == end else { return false }
        let cursor = TokenCursor(tokens, at: start)
        return cursor.lookahead(-1) { $0.isWord && $0.length == 2 && $0.folded == "de" }
            && cursor.lookahead(-2) { $0.symbol == "," }
            && cursor.lookahead(-3) { $0.isWord && $0.isCapitalized && !$0.isAcronym }
            && cursor.lookahead(1) { $0.symbol == "," }
    }
}
