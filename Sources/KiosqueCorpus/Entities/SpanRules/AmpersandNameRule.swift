/// `CD&V`, `AT&T`, `Rothschild & Co`, `Procter & Gamble`: an ampersand between capitalised
/// words joins them into one organisation's name (people are joined with `et`).
enum AmpersandNameRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let ampersand = run.after, ampersand.symbol == "&" else { return .pass }
        let offset = run.end - run.start + 2
        guard run.cursor.isCapitalised(offset) else { return .pass }
        // The run of capitalised words after the ampersand is the name's end.
        let end = finder.capitalisedRunEnd(from: run.end + 2)
        return .name(finder.makeCandidate(run.start, end, type: .org), next: end + 1)
    }
}
