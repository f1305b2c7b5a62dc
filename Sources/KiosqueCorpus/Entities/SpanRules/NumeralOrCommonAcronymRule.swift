/// `titre III`, `phase III`: a numeral ends a name but starts none; nor does an ordinal in Roman
/// numerals (`XXe siècle`, `la XVe Biennale de …`); `l’ONG`, `un Ehpad` are common nouns.
enum NumeralOrCommonAcronymRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek() else { return .none }
        return token.isRomanNumeral || isRomanOrdinal(token, in: finder)
            || ((token.isAcronym || token.isCapitalized) && Lexicon.commonAcronyms.contains(token)) ? .none : .pass
    }

    /// `XXe`, `IIIe`, `XIXème`, `Ier`, `XLIXe`: capital Roman digits and an ordinal ending. (L, C,
    /// D and M only among two digits or more: `Le`, `Ce`, `De`, `Me` are words.)
    static func isRomanOrdinal(_ token: NameToken, in finder: SpanFinder) -> Bool {
        guard token.isWord, token.isCapitalized, token.length >= 2, token.length <= 10 else { return false }
        let written = finder.utf8[token.utf8]
        let digits = written.prefix { isRomanDigit($0) }
        guard let first = digits.first, digits.count >= 2 || first == 0x49 || first == 0x56 || first == 0x58 else { return false }
        let ending = String(decoding: written.dropFirst(digits.count), as: UTF8.self)
        return ["e", "ème", "eme", "er", "re"].contains(ending)
    }

    /// I V X L C D M, in capitals.
    private static func isRomanDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: return true
        default: return false
        }
    }
}
