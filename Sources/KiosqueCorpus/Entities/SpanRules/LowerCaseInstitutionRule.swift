/// `tribunal correctionnel de …`, `préfecture de …`, `université …`: a body written in lower
/// case keeps its head when a capitalised name completes it (`hôpital Édouard-Herriot`: a
/// hospital only when the name follows the head directly; `communauté` only as a grouping of
/// communes: `communauté d’agglomération du Pays de Gex`).
enum LowerCaseInstitutionRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), !head.isCapitalized, head.length >= 4, head.length <= 11,
              head.has(.lowerCaseHeads),
              Lexicon.qualifiedLowerCaseHeads[head.folded].map({ cursor.word(1, in: $0) || (cursor.word(1, in: ["de"]) && cursor.word(2, in: $0)) }) ?? true,
              cursor.isCapitalised(1) || !Lexicon.directNameHeads.contains(head), let end = finder.institutionEnd(from: cursor.index),
              end > cursor.index, (1...(end - cursor.index)).contains(where: cursor.isCapitalised) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }
}
