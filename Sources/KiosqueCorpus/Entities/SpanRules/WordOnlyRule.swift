/// Names start with a word: past the quoted titles, punctuation starts none.
enum WordOnlyRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        cursor.peek()?.isWord == true ? .pass : .none
    }
}
