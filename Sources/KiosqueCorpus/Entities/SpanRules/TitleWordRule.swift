/// A title (`Président`, `Ministre`) starts no name, except before a company word: `General
/// Dynamics`-like names are the company's.
enum TitleWordRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.has(.titles), !token.isAcronym,
              !cursor.lookahead(1, { $0.has(.companySuffixes) }) else { return .pass }
        return .none
    }
}
