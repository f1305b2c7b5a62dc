/// `le sénateur de Paris Yannick Jadot`: a known place, then a given name and a surname in one
/// run of capitals, are two names (the place ends the title before the person).
enum PlaceBeforePersonRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard run.end - run.start >= 2, let place = run.cursor.peek(), let given = run.cursor.peek(1),
              place.has(.places) || Lexicon.cities.contains(place), !place.isAcronym, !place.isGivenName,
              // (`la Universidad Rafael Landívar`: a body's word heads a name given after someone.)
              !place.has(.organisationWords),
              !given.afterElision, given.isGivenName else { return .pass }
        return .name(finder.makeCandidate(run.start, run.start, type: .place), next: run.start + 1)
    }
}
