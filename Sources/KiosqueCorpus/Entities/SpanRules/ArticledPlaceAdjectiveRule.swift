/// `La France insoumise`, `Le Maroc diplomatique`: a capital article inside a sentence before a
/// known place whose name takes none opens the name of a party or a medium, which the adjective
/// after the place ends. (`la Suisse romande`: an adjective of a region's parts keeps the place.)
enum ArticledPlaceAdjectiveRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard run.end == run.start + 1, let article = run.cursor.peek(), article.isCapitalized, !article.sentenceStart,
              article.has(.nameArticles), let place = run.cursor.peek(1), place.has(.places), !place.afterElision,
              let adjective = run.after, adjective.isWord, !adjective.isCapitalized,
              finder.isAdjective(adjective) || isParticipleAdjective(adjective),
              !Lexicon.regionAdjectives.contains(adjective),
              !Lexicon.places.contains(article.folded + " " + place.folded) else { return .pass }
        return .name(finder.makeCandidate(run.start, run.end + 1, type: .org), next: run.end + 2)
    }

    /// `insoumise`, `unie`, `debout`-like words no finite verb shares (`La France compte …` goes on
    /// with its verb).
    private static func isParticipleAdjective(_ word: NameToken) -> Bool {
        let folded = word.folded
        guard word.length >= 4, !word.has(.stopWords), !Lexicon.verbForms.contains(word) else { return false }
        return ["ise", "ie", "ue", "ee", "is"].contains { folded.hasSuffix($0) }
    }
}
