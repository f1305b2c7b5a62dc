/// `la ministre de la Culture Lise Vernet`, `le président du Sénat Paul Aubrac`: after a title,
/// the portfolio or body it holds and the holder's given name and surname run on in capitals
/// with no comma; they are two names (the portfolio is typed alone, as after a comma).
enum PortfolioBeforePersonRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard run.end - run.start >= 2, let portfolio = run.cursor.peek(), let given = run.cursor.peek(1),
              !portfolio.isGivenName, !portfolio.isAcronym, !given.afterElision, given.isGivenName,
              finder.portfolioContext(before: run.start) else { return .pass }
        var candidate = finder.makeCandidate(run.start, run.start, type: nil)
        finder.classify(&candidate, start: run.start, end: run.start)
        return .name(candidate, next: run.start + 1)
    }
}
