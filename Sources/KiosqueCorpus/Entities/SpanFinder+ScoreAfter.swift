/// `battu par Vorlac (2-1)`, `face au Brelmont (4-2)`: a score in parentheses right after a name
/// says it is a team, an organisation (a country's team stays the country: known places are
/// left to the gazetteer).
extension SpanFinder {
    func isFollowedByScore(_ end: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: end)
        // (`en battant les Capitalinos 88 à 81`: points, `à`, points.)
        let isPoints = { (token: NameToken) in token.isWord && token.length <= 3 && token.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        if cursor.lookahead(1, isPoints), cursor.lookahead(2, { $0.isPrepositionA }), cursor.lookahead(3, isPoints) { return true }
        guard cursor.lookahead(1, { $0.symbol == "(" }), let score = cursor.peek(2), score.isWord,
              cursor.lookahead(3, { $0.symbol == ")" }) else { return false }
        // (`2-1`: digits, a hyphen, digits; folded as `2 1`.)
        let bytes = score.folded.utf8
        guard let space = bytes.firstIndex(of: 0x20), bytes.count <= 5 else { return false }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        return !bytes[..<space].isEmpty && bytes[..<space].allSatisfy(isDigit)
            && bytes[bytes.index(after: space)...].allSatisfy(isDigit) && bytes.last.map(isDigit) ?? false
    }
}
