/// Past the rules for lower-case heads (`ministère`, `mer de …`, `prix …`), a name starts
/// with a capital or an acronym.
enum CapitalisedStartRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.isCapitalized || token.isAcronym else { return .none }
        return .pass
    }
}
