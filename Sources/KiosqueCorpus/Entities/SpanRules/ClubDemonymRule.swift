/// `le Tennis Club briviste`, `le Racing Club lensois`: a club's name of several capitalised
/// words that ends with its kind (`Club`, `Handball`) takes the adjective of its town's people
/// after it; so does a club's one-word head (`le Stade rennais`, `l’Olympique lyonnais`).
enum ClubDemonymRule: NameRunRule {
    /// Source: hand-written, the heads of French clubs' names.
    static let clubHeads: WordSet = ["stade", "racing", "sporting", "olympique", "athletic"]

    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let kind = run.cursor.peek(run.end - run.start),
              run.end > run.start ? kind.has(.organisationWords) : kind.isCapitalized && clubHeads.contains(kind),
              let adjective = run.after, adjective.isWord, !adjective.isCapitalized, !adjective.afterElision,
              isTownsPeoplesAdjective(adjective), !finder.isVerbAfterName(at: run.end + 1) else { return .pass }
        return .name(finder.makeCandidate(run.start, run.end + 1, type: .org), next: run.end + 2)
    }

    /// A singular adjective with the ending of a people's name (`lensois`, `briviste`, `rennais`).
    private static func isTownsPeoplesAdjective(_ token: NameToken) -> Bool {
        let word = token.folded
        guard word.utf8.count >= 5, !token.has(.stopWords) else { return false }
        return Lexicon.singularDemonymEnding.end(word) || word.hasSuffix("iste")
    }
}
