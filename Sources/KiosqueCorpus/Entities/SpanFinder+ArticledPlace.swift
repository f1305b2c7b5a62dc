/// Evidence that an unknown single name is a river, a mountain or a region: French gives those
/// an article even as a complement (`du Rhin`, `de la Sarine`, `de l’Altiplano`, `la haute
/// Tarentaise`), while a company or a body after `de` mostly takes none (`d’Alcoa`, `de Renault`).
extension SpanFinder {
    func isArticledComplement(at start: Int) -> Bool {
        let name = tokens[start]
        guard !name.isAcronym, !name.hasInnerCapital, !elidedDe(name), !Lexicon.commonWords.contains(name) else { return false }
        let cursor = TokenCursor(tokens, at: start)
        // `du Rhin`: the article is inside the contraction.
        if cursor.word(-1, in: Lexicon.contractedDe) { return !ownsBody(cursor, nounAt: -2) }
        // `l’Altiplano`: the elided article is part of the name's token.
        let articleOffset = name.afterElision ? 0 : -1
        if articleOffset == -1 && !cursor.word(-1, is: .singularArticles) {
            // `la haute Tarentaise`, `le bas Rhône`: a relief adjective between article and name.
            return cursor.word(-1, in: Lexicon.reliefAdjectives) && cursor.word(-2, is: .singularArticles)
        }
        return cursor.lookahead(articleOffset - 1) { $0.isWord && $0.length == 2 && $0.folded == "de" }
            && !ownsBody(cursor, nounAt: articleOffset - 2)
    }

    /// `le président de l’Orvanie`, `les salariés de la Brenvik`: a title's or a member's `de`
    /// complement is the body they belong to, even with an article.
    private func ownsBody(_ cursor: TokenCursor, nounAt offset: Int) -> Bool {
        cursor.word(offset, is: .titles) || cursor.word(offset, is: .companyOwnerNouns)
            || cursor.word(offset, is: .bodyPartNouns)
    }
}

extension Lexicon {
    /// Source: hand-written, French grammar.
    static let contractedDe: WordSet = ["du"]
    /// Source: hand-written, French grammar.
    static let singularArticles: WordSet = ["le", "la"]
    /// Adjectives of height and position that French puts before names of regions and valleys.
    /// Source: hand-written, French geography.
    static let reliefAdjectives: WordSet = ["haut", "haute", "hauts", "hautes", "bas", "basse", "basses", "moyen", "moyenne"]

    /// Adjectives that make a town's old quarter out of its name (`Vieux-Lyon`, `la Vieille Havane`).
    /// Source: hand-written, French adjectives.
    static let oldTownAdjectives: WordSet = ["vieux", "vieille", "vieil"]
}
