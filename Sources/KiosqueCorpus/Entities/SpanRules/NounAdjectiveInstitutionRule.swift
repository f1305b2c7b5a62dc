/// `la Cinémathèque française`, `l’Académie cubaine`, `du Rassemblement national`: after an
/// article, one capitalised noun and an adjective name an institution (or a protected area:
/// `le Parc national …`), with any complements that follow.
enum NounAdjectiveInstitutionRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard run.end == run.start, let noun = run.cursor.peek(), !noun.isAcronym,
              noun.afterElision || run.cursor.lookahead(-1, { ["la", "le", "les", "du", "au"].contains($0.folded) }),
              let adjective = run.after, finder.isAdjective(adjective), !Lexicon.places.contains(noun.folded),
              !finder.portfolioContext(before: run.start) else { return .pass }
        // It may go on with complements: `l’État-major national de la Défense civile`.
        let last = max(run.end + 1, finder.institutionEnd(from: run.start) ?? run.end + 1)
        let type: EntityType = Lexicon.areaNouns.contains(noun.folded) ? .place : .org
        return .name(finder.makeCandidate(run.start, last, type: type), next: last + 1)
    }
}
