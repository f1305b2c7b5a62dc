/// `Centre national des ouragans`: a head that is also a common capitalised word is a name
/// only with an adjective and a complement.
enum CommonHeadInstitutionRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), head.has(.notNames), head.has(.organisationHeads),
              let end = finder.institutionEnd(from: cursor.index), end >= cursor.index + 3 else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }
}
