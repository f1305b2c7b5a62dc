/// `Palais de la Révolution`, `Palais des Congrès`, `Palais de l’Indépendance`, `Palais
/// Bourbon`: a capitalised `Palais` and its complement name one building, a PLACE, even when the
/// complement is a word the lists keep from names (`Révolution`, `Congrès`, `Sports`) or a
/// body's head; the seat of a power is named after the palace, not the reverse.
enum PalaceNameRule: SpanRule {
    /// (Set literals at a call build their tables at every call.)
    private static let linkWords: WordSet = ["de", "du", "des"], de: WordSet = ["de"], la: WordSet = ["la"]

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), head.isCapitalized, head.length == 6, head.folded == "palais",
              !head.afterElision || !finder.elidedDe(head) else { return .pass }
        var offset = 1
        if cursor.word(1, in: linkWords) {
            // (`de la Révolution`: the article after `de` is inside the name.)
            let article = cursor.word(1, in: de) && cursor.word(2, in: la)
            offset = article ? 3 : 2
        }
        guard let name = cursor.peek(offset), name.isWord, name.isCapitalized, !name.isAcronym,
              offset > 1 || !name.afterElision || finder.elidedDe(name),
              !(offset == 1 && name.has(.notNames)) else { return .pass }
        let end = finder.capitalisedRunEnd(from: cursor.index + offset)
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }
}
