/// Whether a definite article stands right before a name, on its own (`le`, `la`, `les`), fused
/// with a preposition (`du`, `des`, `au`, `aux`) or elided (`l’`): French gives one to places,
/// bodies and things, never to a person's full name.
extension SpanFinder {
    func hasArticleBefore(_ start: Int) -> Bool {
        let name = tokens[start]
        if name.afterElision { return !elidedDe(name) && elidedLetterOffset(name).map { utf8[$0] | 0x20 == 0x6C } ?? false }
        return TokenCursor(tokens, at: start).word(-1, in: Lexicon.definiteArticles)
    }
}

extension Lexicon {
    /// Source: hand-written, French grammar (articles and their contractions with `de` and `à`).
    static let definiteArticles: WordSet = ["le", "la", "les", "du", "des", "au", "aux"]
}
