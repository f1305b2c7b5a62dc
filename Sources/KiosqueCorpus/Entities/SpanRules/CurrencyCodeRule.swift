/// `2 800 francs CFA`, `des francs CFP`: an acronym right after a currency noun names the
/// currency's zone as part of a common noun, not an organisation.
enum CurrencyCodeRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.isAcronym, cursor.word(-1, in: Lexicon.currencyNouns) else { return .pass }
        return .none
    }
}
