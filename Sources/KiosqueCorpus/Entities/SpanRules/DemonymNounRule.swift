/// `a salué le Slovène`, `le Normand, 24 ans, …`: a people's word after an article, with no
/// name after it, stands for someone named elsewhere; it is no entity of its own. Only words
/// the dictionary knows (`slovène`, `normand`) or nationality adjectives count, so that a name
/// that merely ends like one stays a name.
enum DemonymNounRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.isWord, !token.sentenceStart,
              let previous = cursor.peek(-1), previous.isWord, !previous.isCapitalized || previous.sentenceStart,
              !cursor.isCapitalised(1), cursor.peek(1)?.symbol != "-",
              // (`la Sécurité civile`, `La Métropole de Lyon`: an adjective or a complement after
              // it makes it the head of a name.)
              !(cursor.peek(1).map { finder.isAdjective($0) || ["de", "d", "du", "des"].contains($0.folded) } ?? false),
              cursor.isPeoplesWordAfterArticle(knownWordsOnly: true), !Lexicon.cities.contains(token)
        else { return .pass }
        return .none
    }
}
