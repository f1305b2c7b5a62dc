/// `aéroport Paris-Charles-de-Gaulle`, `aéroport international Blaise-Diagne`, `aéroport
/// international de Douala`: an airport's proper name keeps its lower-case head. `aéroport de
/// Perpignan` only says where an airport is: the town alone is the name, left to other rules.
enum AirportNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), !head.isCapitalized, head.length == 8, head.folded == "aeroport" else { return .pass }
        var offset = 1
        let international = cursor.word(1, in: ["international"])
        if international { offset += 1 }
        if international, cursor.word(offset, in: ["de", "du"]) { offset += 1 }
        guard let name = cursor.peek(offset), name.isWord, name.isCapitalized, !name.isAcronym,
              !name.has(.notNames), !name.afterElision || international else { return .pass }
        let end = finder.capitalisedRunEnd(from: cursor.index + offset)
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }
}
