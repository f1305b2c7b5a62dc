/// `BioHabana 2026`, `FIHAV 2026`: a name with an edition year is an event.
enum EditionYearRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let year = run.after, finder.isYear(year), let first = run.cursor.peek(),
              !Lexicon.places.contains(first.folded) else { return .pass }
        return .name(finder.makeCandidate(run.start, run.end + 1, type: .misc), next: run.end + 2)
    }
}
