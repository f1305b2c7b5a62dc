/// `la Déclaration de Caracas`, `la Conférence de Bandung`: a capitalised noun of texts and
/// meetings that is no name by itself (`Déclaration` heads statements, `Conférence` talks),
/// before `de` and a known place alone, is a text or an event named after where it was adopted
/// or held: MISC, the place inside (as `Accord de Paris`).
enum PlaceNamedAgreementRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let noun = cursor.peek(), noun.isWord, noun.isCapitalized, !noun.sentenceStart,
              Lexicon.placeNamedTextNouns.contains(noun),
              cursor.lookahead(1, { $0.isWord && $0.length == 2 && $0.folded == "de" }),
              let place = cursor.peek(2), place.isWord, place.isCapitalized, !place.afterElision,
              place.has(.places) || Lexicon.cities.contains(place),
              !cursor.isCapitalised(3) else { return .pass }
        let end = cursor.index + 2
        return .name(finder.makeCandidate(cursor.index, end, type: .misc), next: end + 1)
    }
}

extension Lexicon {
    /// Capitalised nouns of texts and meetings named after a place (`Déclaration de Caracas`).
    /// Source: hand-written, French nouns of diplomatic texts and meetings.
    static let placeNamedTextNouns: WordSet = ["declaration", "conference"]
}

extension PlaceNamedAgreementRule: CommonWordStartRule {
    static var commonWordStarts: WordSet? { Lexicon.placeNamedTextNouns }
}
