/// `le Dorvex gagnait 0,5 %`, `le Pravo Composite a cédé 12 points`: a name with a masculine
/// article that moves by a percentage or points is a stock index (a work of reference, `MISC`);
/// a listed company moves the same way but takes no article (`Ostrel gagnait 2 %`).
extension SpanFinder {
    func isMarketIndex(start: Int, end: Int) -> Bool {
        let before = TokenCursor(tokens, at: start)
        let articled = tokens[start].afterElision ? hasArticleBefore(start) : before.word(-1, in: Lexicon.masculineArticles)
        guard articled else { return false }
        // (`L’Oréal a bondi de 3 %`: a sentence's capital `L’` may be a company's own; one word
        // without a number there is left to the other evidence.)
        if tokens[start].afterElision, tokens[start].sentenceStart, start == end,
           !tokens[start].folded.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return false }
        var after = TokenCursor(tokens, at: end)
        if after.word(1, in: Lexicon.pastAuxiliaries) { after.advance() }
        guard after.word(1, in: Lexicon.marketMoves) else { return false }
        // The amount follows within the clause: `0,5 %`, `de 1,2 %`, `120 points`.
        for offset in 2...7 {
            guard let token = after.peek(offset), token.symbol != "." else { return false }
            if token.symbol == "%" || (token.isWord && Lexicon.indexUnits.contains(token)) { return true }
        }
        return false
    }
}

extension Lexicon {
    /// Source: hand-written, French grammar (masculine singular articles, bare and contracted).
    static let masculineArticles: WordSet = ["le", "du", "au"]
    /// Source: hand-written, French auxiliaries of the past tenses of market reports.
    static let pastAuxiliaries: WordSet = ["a", "avait", "aura"]
    /// How an index moves in a market report: imperfect, present and past participle.
    /// Source: hand-written, French verbs of market reports.
    static let marketMoves: WordSet = ["gagnait", "gagne", "perdait", "perd", "perdu", "cedait", "cede", "reculait",
        "recule", "progressait", "progresse", "grimpait", "grimpe", "chutait", "chute", "lachait", "lache",
        "abandonnait", "abandonne", "avancait", "avance", "glissait", "glisse", "baissait", "baisse", "montait",
        "monte", "bondissait", "bondi", "rebondissait", "rebondi", "plongeait", "plonge"]
    /// Source: hand-written, units of index moves.
    static let indexUnits: WordSet = ["points", "point", "pts"]
}
