/// `Ariane 6`, `CAC 40`: a small number right after a name is part of it (a product, an
/// index: MISC), unless it is a quantity or a score (see `numberEnd`). `Palais 12`: a venue's
/// noun and a number name a place. `le collectif Viti 33`: a class noun of bodies before says
/// what the numbered name is.
enum NameWithDigitsRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let first = run.cursor.peek(), let numbered = finder.numberEnd(after: run.end),
              !first.has(.places) else { return .pass }
        let announced = finder.classNounInApposition(before: run.start)
        let type: EntityType = finder.isVenueCompound(first) || first.has(.venueNouns) ? .place : announced == .org ? .org : .misc
        return .name(finder.makeCandidate(run.start, numbered, type: type), next: numbered + 1)
    }
}
