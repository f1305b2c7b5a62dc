import KiosqueText

/// `Karim B.`, `John F. Kennedy`: a given name and a capital initial with its full stop name a
/// person (the full stop is the initial's, even at a sentence's end), with a surname after it;
/// so does any capitalised word with an initial in apposition (`son lieutenant, Yanis M., …`).
enum GivenNameInitialRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let given = cursor.peek(), given.isCapitalized, !given.isAcronym, let initial = cursor.peek(1),
              initial.isWord, initial.isCapitalized, initial.length == 1, let dot = cursor.peek(2), dot.symbol == ".",
              dot.utf8.lowerBound == initial.utf8.upperBound,
              given.isGivenName || cursor.peek(3)?.symbol == "," else { return .pass }
        var end = cursor.index + 2
        if let surname = cursor.peek(3), surname.isWord, surname.isCapitalized, !surname.isAcronym, !surname.afterElision,
           !surname.has(.notNames), !surname.has(.speechOpeners),
           !surname.has(.stopWords) {
            end = finder.capitalisedRunEnd(from: cursor.index + 3)
        }
        return .name(finder.makeCandidate(cursor.index, end, type: .person), next: end + 1)
    }
}
