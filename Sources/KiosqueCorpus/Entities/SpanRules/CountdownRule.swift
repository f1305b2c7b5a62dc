/// `à J-2`, `H+24`, `J-7 avant le scrutin`: the day or hour letter and a count from an event
/// is a date, no name.
enum CountdownRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        // (Tried at every capitalised word: the first byte is read in place, nothing copied.)
        guard let token = cursor.peek(), token.isWord, token.length <= 5, let letter = token.folded.utf8.first,
              letter == UInt8(ascii: "j") || letter == UInt8(ascii: "h") else { return .pass }
        // (`J-2` is one token, folded `j 2`; `J+3` is three.)
        let rest = token.folded.utf8.dropFirst()
        if rest.first == UInt8(ascii: " "), isCount(rest.dropFirst()) { return .none }
        guard rest.isEmpty, let sign = cursor.peek(1), !sign.isWord, sign.symbol == "+" || sign.symbol == "-",
              let number = cursor.peek(2), number.isWord, isCount(number.folded.utf8[...]),
              number.utf8.lowerBound - token.utf8.upperBound == 1 else { return .pass }
        return .none
    }

    private static func isCount(_ bytes: Substring.UTF8View) -> Bool {
        !bytes.isEmpty && bytes.count <= 3 && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
