/// `Tempête Ciara`: a capitalised storm noun heads the storm's name and stays outside its span.
enum StormNounRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let noun = cursor.peek(), noun.length >= 6, noun.has(.stormWords),
              cursor.isCapitalised(1) else { return .pass }
        return .none
    }
}
