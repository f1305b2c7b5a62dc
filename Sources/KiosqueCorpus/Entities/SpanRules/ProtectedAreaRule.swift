/// `parc national de la Lopé`, `réserve naturelle des Sept-Îles`, `parc naturel régional du
/// Vercors`: a protected area written in lower case keeps its noun and adjectives, as named
/// features keep their noun (a place).
enum ProtectedAreaRule: SpanRule {
    /// (Set literals at a call build their tables at every call.)
    private static let de: WordSet = ["de"], la: WordSet = ["la"], links: WordSet = ["de", "du", "des"]

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        // Cheap tests first: this runs for every lower-case word.
        guard let noun = cursor.peek(), !noun.isCapitalized, noun.length >= 4, noun.length <= 7,
              cursor.word(1, in: Lexicon.protectedAreaAdjectives), Lexicon.areaNouns.contains(noun) else { return .pass }
        var offset = cursor.word(2, in: Lexicon.protectedAreaAdjectives) ? 3 : 2
        if cursor.word(offset, in: de) && cursor.word(offset + 1, in: la) {
            offset += 2
        } else if cursor.word(offset, in: links) {
            offset += 1
        } else if !cursor.lookahead(offset, { finder.elidedDe($0) }) {
            return .pass
        }
        guard cursor.lookahead(offset, { $0.isWord && $0.isCapitalized && (!$0.has(.notNames) || $0.afterElision) }) else { return .pass }
        while cursor.lookahead(offset + 1, { $0.isWord && $0.isCapitalized && !$0.afterElision }) { offset += 1 }
        let end = cursor.index + offset
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }
}

extension Lexicon {
    /// Adjectives of protected areas' kinds (`parc national`, `réserve naturelle`).
    /// Source: hand-written, French (the categories of the French Code de l'environnement).
    static let protectedAreaAdjectives: WordSet = ["national", "nationale", "naturel", "naturelle", "regional", "regionale",
                                                   "marin", "marine"]
}
