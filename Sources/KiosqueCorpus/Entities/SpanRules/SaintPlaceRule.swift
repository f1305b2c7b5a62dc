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
