/// The plain case, last: the run of capitalised words is the name, typed by its words and
/// their context (`classify`), with a capital `L’` kept before it (`chez L’Oréal`).
enum ClassifiedRunRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let first = run.cursor.peek() else { return .none }
        var candidate = finder.makeCandidate(run.start, run.end, type: nil)
        finder.classify(&candidate, start: run.start, end: run.end)
        if finder.keepsCapitalArticle(first) { finder.keepArticle(of: &candidate, first: first) }
        return .name(candidate, next: run.end + 1)
    }
}
