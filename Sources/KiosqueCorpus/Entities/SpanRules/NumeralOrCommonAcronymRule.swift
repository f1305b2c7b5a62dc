/// `titre III`, `phase III`: a numeral ends a name but starts none; nor does an ordinal in Roman
/// numerals (`XXe siècle`, `la XVe Biennale de …`); `l’ONG`, `un Ehpad` are common nouns.
enum NumeralOrCommonAcronymRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek() else { return .none }
        return token.isRomanNumeral || isRomanOrdinal(token, in: finder)
            || ((token.isAcronym || token.isCapitalized) && Lexicon.commonAcronyms.contains(token)) ? .none : .pass
    }

    /// `XXe`, `IIIe`, `XIXème`, `Ier`: capital Roman digits and an ordinal ending. (Only I, V and
    /// X: with L, `Le` would be one.)
    static func isRomanOrdinal(_ token: NameToken, in finder: SpanFinder) -> Bool {
        guard token.isWord, token.isCapitalized, token.length >= 2, token.length <= 8 else { return false }
        let written = finder.utf8[token.utf8]
        let digits = written.prefix { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }  // I V X
        guard !digits.isEmpty else { return false }
        let ending = String(decoding: written.dropFirst(digits.count), as: UTF8.self)
        return ["e", "ème", "eme", "er", "re"].contains(ending)
    }
}
