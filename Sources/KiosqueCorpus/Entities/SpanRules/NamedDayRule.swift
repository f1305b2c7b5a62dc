/// `la Journée mondiale du donneur de sang`, `la Journée de la culture cubaine`, `la Semaine
/// du cinéma`: a capitalised `Journée` or `Semaine` inside a sentence, with an adjective or a
/// complement, names an observance (MISC); at a sentence's start, or alone, it is the word.
/// What it is for or against goes on with it (`Journée mondiale sans tabac`, `Journée mondiale
/// de lutte contre la rage`, `Année internationale du quinoa`).
enum NamedDayRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let noun = cursor.peek(), noun.isWord, noun.isCapitalized, !noun.sentenceStart,
              Lexicon.observanceNouns.contains(noun), var end = finder.institutionEnd(from: cursor.index),
              end > cursor.index else { return .pass }
        while let cause = causeEnd(after: end, in: finder) { end = cause }
        return .name(finder.makeCandidate(cursor.index, end, type: .misc), next: end + 1)
    }

    /// The end of `sans tabac`, `pour l’élimination de la fistule`, `contre le paludisme` right after
    /// `end`: the preposition, an article, a lower-case noun and what the noun's own complements take.
    private static func causeEnd(after end: Int, in finder: SpanFinder) -> Int? {
        let cursor = TokenCursor(finder.tokens, at: end)
        guard cursor.word(1, in: causePrepositions) else { return nil }
        var offset = 2
        if cursor.word(offset, in: Lexicon.definiteArticleWords) { offset += 1 }
        guard let noun = cursor.peek(offset), noun.isWord, !noun.isCapitalized, noun.length >= 4 else { return nil }
        let head = end + offset
        return max(head, finder.institutionEnd(from: head) ?? head)
    }

    private static let causePrepositions: WordSet = ["sans", "pour", "contre"]
}

extension Lexicon {
    /// Capitalised nouns of observances (`Journée mondiale de …`, `Année internationale du …`,
    /// `Décennie pour …`).
    /// Source: hand-written, French names of days, weeks, years and decades of observance.
    static let observanceNouns: WordSet = ["journee", "semaine", "annee", "decennie"]
}

extension NamedDayRule: CommonWordStartRule {
    static var commonWordStarts: WordSet? { Lexicon.observanceNouns }
}
