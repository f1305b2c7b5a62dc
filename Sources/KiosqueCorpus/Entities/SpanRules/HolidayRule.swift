/// `les vacances de Noël`, `à Pâques`, `pendant le Ramadan`: a feast of the calendar names no
/// entity, as a month does not (the annotated sets leave them out); after a given name it is a
/// surname (`Clément Noël`), which the run from the given name takes.
enum HolidayRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let word = cursor.peek(), word.isWord, word.isCapitalized, Lexicon.holidays.contains(word),
              !cursor.isCapitalised(1) else { return .pass }
        return .none
    }
}

extension Lexicon {
    /// Source: hand-written, the feasts of the French calendar and of the main religions.
    static let holidays: WordSet = ["noel", "paques", "toussaint", "pentecote", "ramadan", "hanoukka", "aid"]
}
