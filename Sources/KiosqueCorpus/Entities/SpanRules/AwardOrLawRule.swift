/// `le prix Casa de las Américas`, `la loi Verlaine`: an award or a law keeps its lower-case
/// noun before the name that follows it, and is MISC.
enum AwardOrLawRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let noun = cursor.peek(), (noun.length == 4 && noun.folded == "prix") || (noun.length == 3 && noun.folded == "loi"),
              !noun.isCapitalized, let name = cursor.peek(1), name.isCapitalized, !name.afterElision,
              !name.has(.notNames), let (_, next) = finder.span(at: cursor.index + 1) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, next - 1, type: .misc), next: next)
    }
}
