/// A title (`Président`, `Ministre`) starts no name, except before a company word: `General
/// Dynamics`-like names are the company's.
enum TitleWordRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), Lexicon.titles.contains(token.folded), !token.isAcronym,
              !cursor.lookahead(1, { Lexicon.companySuffixes.contains($0.folded) }) else { return .pass }
        return .none
    }
}
