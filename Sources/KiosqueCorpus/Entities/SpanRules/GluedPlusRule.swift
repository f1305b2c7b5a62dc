/// `Canal+`: a plus sign glued to a name belongs to it (and leans ORG).
enum GluedPlusRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let plus = run.after, plus.symbol == "+", plus.utf8.lowerBound == finder.tokens[run.end].utf8.upperBound else { return .pass }
        var candidate = finder.makeCandidate(run.start, run.end + 1, type: nil)
        candidate.fallbackType = .org
        return .name(candidate, next: run.end + 2)
    }
}
