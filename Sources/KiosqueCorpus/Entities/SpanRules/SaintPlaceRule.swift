/// `la paroisse de Saint Thomas`: `Saint` written with a capital inside a sentence and another
/// capitalised word is a place (a saint is written `saint Thomas` in French).
enum SaintPlaceRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let saint = cursor.peek(), !saint.sentenceStart, saint.folded == "saint" || saint.folded == "sainte",
              let name = cursor.peek(1), name.isWord, name.isCapitalized, !name.has(.notNames)
        else { return .pass }
        return .name(finder.makeCandidate(cursor.index, cursor.index + 1, type: .place), next: cursor.index + 2)
    }
}

/// `St. John’s`, `St. Louis`, `Ste. Genevieve`: the English abbreviation of a saint with its full
/// stop glued to it, then a capitalised name, is one place's name (the full stop ends no sentence).
enum AbbreviatedSaintPlaceRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard finder.isAbbreviatedSaint(at: cursor.index) else { return .pass }
        let end = finder.capitalisedRunEnd(from: cursor.index + 2)
        // (`St. Mary’s University`: a body's word makes the name a body's.)
        let body = (cursor.index + 2...end).contains { finder.tokens[$0].has(.organisationWords) }
        return .name(finder.makeCandidate(cursor.index, end, type: body ? .org : .place), next: end + 1)
    }
}

extension SpanFinder {
    /// Whether the token at `index` is `St` or `Ste` with its full stop glued to it, before a
    /// capitalised name (`St. John’s`; inside a longer name too: `Université St. George’s`).
    func isAbbreviatedSaint(at index: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: index)
        guard let saint = cursor.peek(), saint.isWord, saint.length <= 3, saint.isCapitalized,
              cursor.word(0, in: Self.saintAbbreviations),
              let dot = cursor.peek(1), dot.symbol == ".", saint.utf8.upperBound == dot.utf8.lowerBound,
              let name = cursor.peek(2), name.isWord, name.isCapitalized, !name.afterElision, !name.isAcronym else { return false }
        return true
    }

    /// (Set literals at a call build their tables at every call.)
    private static let saintAbbreviations: WordSet = ["st", "ste"]
}
