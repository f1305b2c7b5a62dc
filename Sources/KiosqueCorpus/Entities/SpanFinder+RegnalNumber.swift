extension SpanFinder {
    /// `II`, `XVI`, `XIII`: a Roman numeral in capitals, as after a sovereign's or a pope's given
    /// name (`Albert II`).
    static func isRegnalNumber(_ token: NameToken) -> Bool {
        if token.isRomanNumeral { return true }
        guard token.isWord, token.isAcronym, token.length <= 6 else { return false }
        return token.folded.utf8.allSatisfy { $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "v") || $0 == UInt8(ascii: "x") }
    }
}
