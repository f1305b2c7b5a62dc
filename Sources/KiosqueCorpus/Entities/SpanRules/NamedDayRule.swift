/// `la Journée mondiale du donneur de sang`, `la Journée de la culture cubaine`, `la Semaine
/// du cinéma`: a capitalised `Journée` or `Semaine` inside a sentence, with an adjective or a
/// complement, names an observance (MISC); at a sentence's start, or alone, it is the word.
enum NamedDayRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let noun = cursor.peek(), noun.isWord, noun.isCapitalized, !noun.sentenceStart,
              Lexicon.observanceNouns.contains(noun), let end = finder.institutionEnd(from: cursor.index),
              end > cursor.index else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .misc), next: end + 1)
    }
}

extension Lexicon {
    /// Capitalised nouns of observances (`Journée mondiale de …`).
    /// Source: hand-written, French names of days and weeks of observance.
    static let observanceNouns: WordSet = ["journee", "semaine"]
}

extension NamedDayRule: CommonWordStartRule {
    static var commonWordStarts: WordSet? { Lexicon.observanceNouns }
}
