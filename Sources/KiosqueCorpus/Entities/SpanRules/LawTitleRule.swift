/// `la Loi sur la gouvernance des réseaux de santé, …`, `la Loi relative à la protection des
/// sols »`: a capitalised `Loi` inside a sentence, then `sur`, `relative`, `concernant`…, is the
/// title of an act as Québec, Switzerland and Belgium write it, in sentence case up to the
/// clause's end. Nouns, adjectives and connectors go on; a verb, a date (`en 2023`) or a mark
/// ends the title. MISC, like every law.
enum LawTitleRule: SpanRule {
    /// Words of a title after `Loi`, at most.
    static let maximumWords = 12

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let law = cursor.peek(), law.isWord, law.isCapitalized, !law.sentenceStart, law.length == 3, law.folded == "loi",
              cursor.word(1, in: Lexicon.lawTitleOpeners) else { return .pass }
        guard let last = titleEnd(cursor, in: finder) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, cursor.index + last, type: .misc), next: cursor.index + last + 1)
    }

    /// The offset of the title's last word, nil when it holds no noun after its opener.
    private static func titleEnd(_ cursor: TokenCursor, in finder: SpanFinder) -> Int? {
        var offset = 2
        var last: Int?
        while offset <= maximumWords, let token = cursor.peek(offset), token.isWord {
            // (`en ligne` goes on; `en 2023` is when the act passed.)
            // (`de 2022` too: the year is the act's date, not its title.)
            if token.length == 2, token.isFold(oneOf: ["en", "de"]), cursor.lookahead(offset + 1, { finder.isYear($0) }) { break }
            if isConnector(token) {
                offset += 1
                continue
            }
            // (`de l’État`, `du Québec`: a capitalised word only after a connector, which any
            // noun may follow, `de l’environnement`; elsewhere, a known noun or an adjective, that
            // agrees: in `… et les minéraux encadre …`, the singular is the sentence's verb.)
            let afterConnector = token.afterElision || cursor.lookahead(offset - 1) { isConnector($0) }
            guard afterConnector ? !token.has(.stopWords)
                : !token.isCapitalized && (Lexicon.isCommonNoun(token) && !Lexicon.verbForms.contains(token) || finder.isAdjective(token))
                    && !finder.isSingularAfterPluralNoun(at: cursor.index + offset)
            else { break }
            last = offset
            offset += 1
        }
        return last
    }

    /// Articles and prepositions inside a title (`sur la`, `des`, `à l’`, `et`).
    private static func isConnector(_ token: NameToken) -> Bool {
        !token.isCapitalized && (Lexicon.lawTitleConnectors.contains(token) || token.isPrepositionA)
    }
}

extension Lexicon {
    /// Words that open an act's title after `Loi` (`Loi sur …`, `Loi relative à …`).
    /// Source: hand-written, the titles of French-language acts.
    static let lawTitleOpeners: WordSet = ["sur", "relative", "concernant", "visant", "portant", "instituant", "modifiant",
                                           "pour", "favorisant", "renforcant", "encadrant"]
    /// Connectors inside an act's title. Source: hand-written, French articles and prepositions.
    static let lawTitleConnectors: WordSet = ["sur", "la", "le", "les", "l", "de", "du", "des", "d", "et", "au", "aux",
                                              "en", "pour", "une", "un", "dans", "relative", "concernant", "visant",
                                              "portant", "instituant", "modifiant", "favorisant", "renforcant", "encadrant"]
}
