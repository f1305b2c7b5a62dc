/// `dans le Sud`, `vers l’Ouest`, `la région du Nord`, `le département du Sud`: inside a sentence,
/// a capitalised compass point that a place preposition or a noun of territories brings in, and
/// that no name or complement follows, is the region so called (`Afrique du Sud` is the
/// gazetteer's, `l’Ouest de la France` a position).
enum CompassRegionRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let point = cursor.peek(), point.isWord, point.isCapitalized, !point.sentenceStart, point.has(.compassPoints),
              !cursor.isCapitalised(1), !cursor.word(1, in: complementLinks), !cursor.lookahead(1, finder.elidedDe),
              isBroughtIn(cursor, in: finder) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, cursor.index, type: .place), next: cursor.index + 1)
    }

    /// `dans le`, `vers l’`, or a territory's noun and `du` or `de l’`.
    private static func isBroughtIn(_ cursor: TokenCursor, in finder: SpanFinder) -> Bool {
        guard let point = cursor.peek() else { return false }
        let linkOffset: Int
        if point.afterElision {
            // (`vers l’Ouest`, `région de l’Ouest`)
            guard finder.elidedArticleLetter(point) == "l" else { return false }
            if cursor.word(-1, in: prepositions) { return true }
            guard cursor.word(-1, in: de) else { return false }
            linkOffset = -1
        } else if cursor.word(-1, in: le) {
            return cursor.word(-2, in: prepositions)
        } else if cursor.word(-1, in: du) {
            linkOffset = -1
        } else {
            return false
        }
        return cursor.word(linkOffset - 1, in: territoryNouns)
    }

    /// (Set literals at a call build their tables at every call.)
    private static let complementLinks: WordSet = ["de", "du", "des"]
    private static let prepositions: WordSet = ["dans", "vers"]
    private static let le: WordSet = ["le"], du: WordSet = ["du"], de: WordSet = ["de"]
    /// Nouns of territories and their bodies whose complement names a region.
    /// Source: hand-written, French nouns.
    static let territoryNouns: WordSet = ["region", "regions", "departement", "departements", "province", "provinces",
        "agglomeration", "prefet", "prefete", "prefecture", "district", "districts", "gouvernorat", "wilaya", "canton"]
}

extension CompassRegionRule: CommonWordStartRule {
    static let commonWordStarts: WordSet? = Lexicon.compassPoints
}
