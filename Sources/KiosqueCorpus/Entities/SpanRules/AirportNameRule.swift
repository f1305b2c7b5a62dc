/// `aéroport Paris-Charles-de-Gaulle`, `aéroport international Blaise-Diagne`, `aéroport de
/// Vorlac`, `aéroport international de Douala`: an airport's name keeps its lower-case head
/// (most annotated sets write `aéroport de …` whole, as the name the airport goes by).
enum AirportNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), !head.isCapitalized, head.length == 8, head.folded == "aeroport" else { return .pass }
        var offset = 1
        if cursor.word(offset, in: ["international"]) { offset += 1 }
        if cursor.word(offset, in: ["de", "du"]) { offset += 1 }
        guard let name = cursor.peek(offset), name.isWord, name.isCapitalized, !name.isAcronym,
              !name.has(.notNames), !name.afterElision || finder.elidedDe(name) else { return .pass }
        let end = finder.capitalisedRunEnd(from: cursor.index + offset)
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }
}
