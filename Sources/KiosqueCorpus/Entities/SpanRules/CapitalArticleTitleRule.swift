/// `interrogé par L’Union`, `selon L’Équipe`, `le bailleur L’Habitat carolo`: inside a sentence, a
/// capital `L’` before a word that alone would be a common noun or a body's bare head makes a
/// title (a newspaper, a firm): one ORG with its article, and an adjective after it.
enum CapitalArticleTitleRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let word = cursor.peek(), mayName(fromCommonWordAt: cursor), finder.keepsCapitalArticle(word),
              word.has(.notNames) || word.has(.organisationHeads) || word.has(.miscHeads) || Lexicon.commonWords.contains(word),
              !word.has(.places), !Lexicon.cities.contains(word), !word.isGivenName,
              !cursor.isCapitalised(1), !cursor.lookahead(1, { $0.isWord && Lexicon.complementLinks.contains($0) || $0.afterElision })
        else { return .pass }
        var end = cursor.index
        if cursor.lookahead(1, { $0.isWord && !$0.isCapitalized && finder.isAdjective($0) }), !cursor.isCapitalised(2) { end += 1 }
        var candidate = finder.makeCandidate(cursor.index, end, type: .org)
        finder.keepArticle(of: &candidate, first: word)
        return .name(candidate, next: end + 1)
    }
}

extension Lexicon {
    /// Words that open a complement (`de`, `du`, `des`).
    /// Source: hand-written, French prepositions (grammar).
    static let complementLinks: WordSet = ["de", "du", "des", "d"]
}

extension CapitalArticleTitleRule: CommonWordStartRule {
    /// A capitalised word after an elided article, inside a sentence.
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool {
        guard let word = cursor.peek() else { return false }
        return word.isWord && word.isCapitalized && word.afterElision && !word.sentenceStart && !word.isAcronym
    }
}
