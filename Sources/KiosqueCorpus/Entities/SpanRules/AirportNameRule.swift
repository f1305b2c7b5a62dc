/// `aéroport Paris-Charles-de-Gaulle`, `aéroport international Blaise-Diagne`, `aéroport de
/// Vorlac`, `aéroport international de Douala`: an airport's name keeps its lower-case head
/// (most annotated sets write `aéroport de …` whole, as the name the airport goes by).
enum AirportNameRule: SpanRule {
    /// (Set literals at a call build their tables at every call.)
    private static let international: WordSet = ["international"]
    private static let deOrDu: WordSet = ["de", "du"]

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), !head.isCapitalized, head.length == 8, head.folded == "aeroport" else { return .pass }
        var offset = 1
        if cursor.word(offset, in: international) { offset += 1 }
        let ofTown = cursor.word(offset, in: deOrDu)
        if ofTown { offset += 1 }
        guard let name = cursor.peek(offset), name.isWord, name.isCapitalized, !name.isAcronym || name.length == 1,
              !name.has(.notNames), !name.afterElision || finder.elidedDe(name) else { return .pass }
        var end = finder.capitalisedRunEnd(from: cursor.index + offset)
        // `aéroport international Augusto C. Sandino`, `aéroport V. C. Bird`: initials of the
        // person it is named after go on with the name.
        while let next = afterInitial(end, in: finder) { end = finder.capitalisedRunEnd(from: next) }
        // (`aéroport international Hugo-Vardec de Cap-Lorme`: after the name of a person, the
        // town the airport serves is a name of its own.)
        if !ofTown { end = townComplementStart(after: cursor.index + offset, end: end, in: finder).map { $0 - 1 } ?? end }
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }

    /// The index of the first `de`/`du`/`d’` between `start` and `end` that brings in a known
    /// place or town, or nil.
    private static func townComplementStart(after start: Int, end: Int, in finder: SpanFinder) -> Int? {
        guard start < end else { return nil }
        for index in (start + 1)...end {
            let token = finder.tokens[index]
            if token.isWord, ["de", "du"].contains(token.folded), index + 1 <= end, isTown(finder.tokens[index + 1]) { return index }
            if token.afterElision, finder.elidedDe(token), isTown(token) { return index }
        }
        return nil
    }

    private static func isTown(_ token: NameToken) -> Bool {
        token.has(.places) || Lexicon.cities.contains(token)
    }

    /// The index of the capitalised word after the initial that ends at `index` (`C` and its
    /// glued full stop), or nil.
    private static func afterInitial(_ index: Int, in finder: SpanFinder) -> Int? {
        let cursor = TokenCursor(finder.tokens, at: index)
        guard let initial = cursor.peek(), initial.isWord, initial.isCapitalized, initial.length == 1,
              let dot = cursor.peek(1), dot.symbol == ".", dot.utf8.lowerBound == initial.utf8.upperBound,
              cursor.isCapitalised(2) else { return nil }
        return index + 2
    }
}
