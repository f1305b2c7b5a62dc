/// `Haute Autorité de …`: a prenominal adjective before an institution head starts the institution.
enum PrenominalInstitutionRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let adjective = cursor.peek(), adjective.length >= 4, adjective.has(.prenominalAdjectives),
              let head = cursor.peek(1), head.isCapitalized, head.has(.organisationHeads),
              let end = finder.institutionEnd(from: cursor.index + 1) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }
}
