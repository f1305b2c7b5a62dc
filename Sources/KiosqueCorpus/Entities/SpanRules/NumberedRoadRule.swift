/// `la route nationale 3`, `la route 138`, `l’autoroute 73`: a road named by its number keeps
/// its lower-case head; so does its class (`nationale`, `départementale`). (`l’autoroute A1`:
/// the code alone is the name, typed by the head before it in classification.)
enum NumberedRoadRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), !head.isCapitalized, head.folded == "route" || head.folded == "autoroute" else { return .pass }
        var offset = 1
        if cursor.word(offset, in: Lexicon.roadClasses) { offset += 1 }
        guard cursor.lookahead(offset, { $0.isWord && $0.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              !cursor.lookahead(offset + 1, { Lexicon.unitWords.contains($0) }) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, cursor.index + offset, type: .place), next: cursor.index + offset + 1)
    }
}

extension Lexicon {
    /// Classes of French and Haitian roads, between `route` and its number.
    /// Source: hand-written, French road classes.
    static let roadClasses: WordSet = ["nationale", "departementale", "provinciale", "territoriale", "federale", "regionale",
        "communale", "cantonale", "principale"]
}
