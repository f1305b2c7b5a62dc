/// `la RN7`, `sur l’E40`, `la D2`: a road's code after a feminine article is the road (French
/// says `la nationale`, `l’autoroute`), a place, not a product's model; `l’A320`, a plane, has
/// more digits than a motorway.
extension SpanFinder {
    func isRoadCode(start: Int, end: Int) -> Bool {
        guard start == end, Self.isRoadCodeShape(tokens[start]) else { return false }
        let token = tokens[start]
        if token.afterElision {
            return elidedLetterOffset(token).map { utf8[$0] | 0x20 == 0x6C } ?? false
        }
        return TokenCursor(tokens, at: start).lookahead(-1) { $0.isWord && $0.length == 2 && $0.folded == "la" }
    }

    /// `RN7`, `N4`, `RD703`, `A31`, `E40`: a national or departmental road's letters and up to
    /// three digits, or a motorway's and up to two, in capitals.
    static func isRoadCodeShape(_ token: NameToken) -> Bool {
        // (Most names end with a letter: answered before the bytes are copied.)
        guard token.isCapitalized, let last = token.folded.utf8.last, last >= 0x30 && last <= 0x39 else { return false }
        let bytes = Array(token.folded.utf8)
        let letters = bytes.prefix { $0 >= 0x61 && $0 <= 0x7A }
        let digits = bytes.count - letters.count
        guard digits >= 1, bytes[letters.count...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        switch String(decoding: letters, as: UTF8.self) {
        case "rn", "rd", "n", "d": return digits <= 3
        case "a", "e": return digits <= 2
        default: return false
        }
    }
}
