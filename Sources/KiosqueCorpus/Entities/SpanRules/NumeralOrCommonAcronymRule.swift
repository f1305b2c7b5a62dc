/// `titre III`, `phase III`: a numeral ends a name but starts none; `l’ONG`, `un Ehpad` are
/// common nouns.
enum NumeralOrCommonAcronymRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek() else { return .none }
        return token.isRomanNumeral || ((token.isAcronym || token.isCapitalized) && Lexicon.commonAcronyms.contains(token)) ? .none : .pass
    }
}
