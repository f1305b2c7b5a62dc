/// `BioHabana 2026`, `FIHAV 2026`, `Paris 2024`, `France 2030`: a name with an edition year is
/// an event (or a plan), a place's name too: prose puts a comma or a verb between a place and a date.
enum EditionYearRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let year = run.after, finder.isYear(year) else { return .pass }
        return .name(finder.makeCandidate(run.start, run.end + 1, type: .misc), next: run.end + 2)
    }
}
