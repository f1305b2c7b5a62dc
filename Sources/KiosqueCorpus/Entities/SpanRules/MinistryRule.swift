/// `ministère (adjective) de/des … Capitalised`: an institution written out in lower case.
enum MinistryRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard cursor.peek()?.folded == "ministere", let end = finder.institutionEnd(from: cursor.index) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }
}
