/// `les vacances de Noël`, `à Pâques`, `pendant le Ramadan`: a feast of the calendar names no
/// entity, as a month does not (the annotated sets leave them out); after a given name it is a
/// surname (`Clément Noël`), which the run from the given name takes. A feast named after it in
/// Arabic is a name (`Aïd el-Fitr`).
enum HolidayRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let word = cursor.peek(), word.isWord, word.isCapitalized, Lexicon.holidays.contains(word) else { return .pass }
        // `l’Aïd el-Adha`, `l’Aïd al-Fitr`: a feast named by the Arabic article after it is a name.
        if let name = cursor.peek(1), name.isWord, name.isCapitalized, !name.sentenceStart, name.folded.utf8.count >= 5,
           Lexicon.arabicArticles.contains(String(name.folded.prefix { $0 != " " })) {
            return .name(finder.makeCandidate(cursor.index, cursor.index + 1, type: .misc), next: cursor.index + 2)
        }
        guard !cursor.isCapitalised(1) else { return .pass }
        return .none
    }
}

extension Lexicon {
    /// Source: hand-written, the feasts of the French calendar and of the main religions.
    static let holidays: WordSet = ["noel", "paques", "toussaint", "pentecote", "ramadan", "hanoukka", "aid"]
}
