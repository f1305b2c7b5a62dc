/// `E.Leclerc`, `S.Pellegrino`: a capital initial glued by a full stop to a capitalised word
/// (no space on either side) is one brand's name; a person's initial has a space after it.
enum GluedInitialNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let initial = cursor.peek(), initial.isWord, initial.isCapitalized, initial.length == 1,
              let dot = cursor.peek(1), dot.symbol == ".", let name = cursor.peek(2), name.isWord, name.isCapitalized,
              initial.utf8.upperBound == dot.utf8.lowerBound, dot.utf8.upperBound == name.utf8.lowerBound else { return .pass }
        var candidate = finder.makeCandidate(cursor.index, cursor.index + 2, type: nil)
        candidate.fallbackType = .org
        return .name(candidate, next: cursor.index + 3)
    }
}
