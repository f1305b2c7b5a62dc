/// `la province Sud`, `la province du Nord`, `la province de l’Extrême-Nord`: a province named by
/// a compass point keeps its noun (the annotated sets do, every time), where a region's or a
/// department's (`la région du Sud`, `CompassRegionRule`) is the point alone.
enum CompassProvinceRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        // (The length test first: this runs for every lower-case word.)
        guard let noun = cursor.peek(), noun.isWord, !noun.isCapitalized, noun.length == 8, noun.folded == "province"
        else { return .pass }
        var offset = 1
        if cursor.word(1, in: du) { offset = 2 } else if cursor.word(1, in: de), cursor.lookahead(2, \.afterElision) { offset = 2 }
        guard let point = cursor.peek(offset), point.isWord, point.isCapitalized, point.has(.compassPoints),
              offset == 1 || !point.afterElision || finder.elidedArticleLetter(point) == "l",
              !cursor.isCapitalised(offset + 1), !cursor.word(offset + 1, in: complementLinks), let end = cursor.position(offset)
        else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }

    /// (Set literals at a call build their tables at every call.)
    private static let du: WordSet = ["du"], de: WordSet = ["de"]
    private static let complementLinks: WordSet = ["de", "du", "des"]
}
