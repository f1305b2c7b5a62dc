/// `le département d’État`: the US foreign ministry.
enum DepartmentOfStateRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        // (Lengths first: string comparisons that fail cost a call, and this runs for most words.)
        guard let head = cursor.peek(), head.length == 11, head.folded == "departement", !head.isCapitalized,
              let state = cursor.peek(1), state.afterElision, state.folded == "etat", state.isCapitalized else { return .pass }
        return .name(finder.makeCandidate(cursor.index, cursor.index + 1, type: .org), next: cursor.index + 2)
    }
}
