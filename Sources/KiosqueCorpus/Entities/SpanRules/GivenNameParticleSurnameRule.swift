import KiosqueText

/// `Yannick Le Bihan`, `Marta Da Costa`: a given name followed, inside a sentence, by a
/// capitalised surname particle and a capitalised word is one person; the particle would
/// otherwise end the run and split the name in two.
enum GivenNameParticleSurnameRule: SpanRule {
    /// Source: hand-written, surname particles that French, Breton, Italian, Portuguese and Dutch
    /// names write with a capital (grammar).
    static let particles: WordSet = ["le", "la", "du", "de", "des", "da", "di", "del", "della", "dos", "van", "von"]

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let given = cursor.peek(), given.isWord, given.isCapitalized, !given.isAcronym,
              Lexicon.isGivenName(given.folded), !Lexicon.places.contains(given.folded),
              let particle = cursor.peek(1), particle.isWord, particle.isCapitalized, !particle.sentenceStart,
              particles.contains(particle.folded),
              let surname = cursor.peek(2), surname.isWord, surname.isCapitalized, !surname.isAcronym,
              !surname.afterElision, !Lexicon.notNames.contains(surname.folded),
              !Lexicon.places.contains(surname.folded), !StopWords.contains(folded: surname.folded)
        else { return .pass }
        let end = finder.capitalisedRunEnd(from: cursor.index + 2)
        return .name(finder.makeCandidate(cursor.index, end, type: .person), next: end + 1)
    }
}
