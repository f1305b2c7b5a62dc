/// `parc national de la Lopé`, `réserve naturelle des Sept-Îles`, `parc naturel régional du
/// Vercors`, `réserve de biosphère du Dja`, `parc national La Tigra`: a protected area written in
/// lower case keeps its noun and what says its kind (a place), as named features keep their noun.
enum ProtectedAreaRule: SpanRule {
    /// (Set literals at a call build their tables at every call.)
    private static let de: WordSet = ["de"], la: WordSet = ["la"], links: WordSet = ["de", "du", "des"]

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        // Cheap tests first: this runs for every lower-case word.
        guard let noun = cursor.peek(), !noun.isCapitalized, noun.length >= 4, noun.length <= 7,
              Lexicon.areaNouns.contains(noun) else { return .pass }
        var offset = 1
        while offset <= 2, cursor.word(offset, in: Lexicon.protectedAreaAdjectives) { offset += 1 }
        // (`réserve de biosphère de …`, `réserve de faune du …`: a kind said with `de`.)
        if cursor.word(offset, in: de), cursor.word(offset + 1, in: Lexicon.protectedAreaKinds) { offset += 2 }
        guard offset > 1 else { return .pass }
        var direct = false
        if cursor.word(offset, in: de) && cursor.word(offset + 1, in: la) {
            offset += 2
        } else if cursor.word(offset, in: links) {
            offset += 1
        } else if cursor.lookahead(offset, { $0.isWord && $0.isCapitalized && !$0.afterElision }) {
            direct = true  // (`parc national Jaragua`)
        } else if !cursor.lookahead(offset, { finder.elidedDe($0) }) {
            return .pass
        }
        // (`parc national La Tigra`: a capital article opens a name written right after the kind.)
        let openingArticle = cursor.lookahead(offset) { $0.isWord && !$0.afterElision && $0.has(.nameArticles) }
            && cursor.lookahead(offset + 1) { $0.isWord && $0.isCapitalized }
        guard cursor.lookahead(offset, { $0.isWord && $0.isCapitalized && (!$0.has(.notNames) || $0.afterElision) })
                || openingArticle else { return .pass }
        let isNameWord = { (token: NameToken) in token.isWord && token.isCapitalized && !token.afterElision }
        while true {
            while cursor.lookahead(offset + 1, isNameWord) { offset += 1 }
            // (`parc national Ciénaga de Zapata`, `réserve de biosphère Cuchillas del Toa`: a name given
            // right after the kind holds its own connectors.)
            guard direct, cursor.lookahead(offset + 1, { $0.isWord && Lexicon.nameInnerConnectors.contains($0) }),
                  cursor.lookahead(offset + 2, isNameWord) else { break }
            offset += 2
        }
        let end = cursor.index + offset
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }
}

extension Lexicon {
    /// Adjectives of protected areas' kinds (`parc national`, `réserve naturelle`).
    /// Source: hand-written, French (the categories of the French Code de l'environnement).
    static let protectedAreaAdjectives: WordSet = ["national", "nationale", "naturel", "naturelle", "regional", "regionale",
                                                   "marin", "marine", "faunique", "fauniques", "ecologique", "ecologiques"]

    /// Kinds of protected areas said with `de` (`réserve de biosphère`, `réserve de faune`).
    /// Source: hand-written, French (UNESCO's and the African and Québec reserves' categories).
    static let protectedAreaKinds: WordSet = ["biosphere", "faune", "chasse"]
}
