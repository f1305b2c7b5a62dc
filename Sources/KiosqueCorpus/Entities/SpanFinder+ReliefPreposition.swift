/// `sur la Quelmize`, `sous le Brévaut`, `au pied du Dorvanne`: prepositions of position on or
/// along something before an article and an unknown single name: a river, a mountain or a sea.
/// (Bodies take `sur` mostly without an article, or as an acronym: `sur Vorlax`, `sur la SNCF`.)
extension SpanFinder {
    func reliefPrepositionBeforeArticle(_ start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        let prepositionOffset = tokens[start].afterElision ? -1 : -2
        guard tokens[start].afterElision || cursor.word(-1, is: .singularArticles) else { return false }
        // (`Sur le Vorlax, l’action a gagné …`: put first, `sur` opens a topic, no position.)
        return cursor.lookahead(prepositionOffset) { $0.isWord && !$0.sentenceStart && Lexicon.reliefPrepositions.contains($0) }
    }
}

extension Lexicon {
    /// Source: hand-written, French prepositions of position.
    static let reliefPrepositions: WordSet = ["sur", "sous", "long", "face", "travers", "bord", "rive", "rives", "amont", "aval"]
}
