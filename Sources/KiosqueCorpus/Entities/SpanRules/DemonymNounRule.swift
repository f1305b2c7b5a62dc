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
              !(cursor.peek(1).map { finder.isAdjective($0) || ["de", "d", "du", "des"].contains($0.folded) } ?? false)
                || isAgeAfter(cursor),
              cursor.isPeoplesWordAfterArticle(knownWordsOnly: true) || isPluralPeoplesWord(cursor)
                || isPeoplesWordBeforeApposition(cursor),
              !Lexicon.cities.contains(token)
        else { return .pass }
        return .none
    }

    /// `a reconnu le Savoyard, qui …`, `Le Bisontin, 24 ans, …`: a word with a people's ending
    /// that the dictionary does not know stands for someone too when a relative clause or an
    /// age follows its comma, and no preposition of place comes before its article (`dans le
    /// Chablais, qui …` is a region).
    private static func isPeoplesWordBeforeApposition(_ cursor: TokenCursor) -> Bool {
        guard let token = cursor.peek(), !token.isAcronym, !token.has(.places), !token.isGivenName,
              Lexicon.singularDemonymEnding.end(token.folded) || token.folded.hasSuffix("ard") || token.folded.hasSuffix("arde"),
              cursor.lookahead(1, { $0.symbol == "," }),
              cursor.lookahead(2, { $0.isWord && ($0.isFold("qui") || $0.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }) })
        else { return false }
        let articleOffset: Int
        if token.afterElision {
            articleOffset = 0
        } else {
            guard cursor.lookahead(-1, { $0.isWord && $0.isFold(oneOf: ["le", "la"]) }) else { return false }
            articleOffset = -1
        }
        return !cursor.lookahead(articleOffset - 1) { $0.isWord && ($0.has(.placePrepositions) || $0.isFold(oneOf: ["de", "du", "sur", "vers"])) }
    }

    /// `le Belge de 23 ans`: an age after the word, not a complement of a body's name.
    private static func isAgeAfter(_ cursor: TokenCursor) -> Bool {
        guard cursor.lookahead(1, { $0.isWord && $0.folded == "de" }), let number = cursor.peek(2), number.isWord,
              number.folded.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return cursor.lookahead(3) { $0.isWord && $0.folded == "ans" }
    }

    /// `les Tourangeaux`, `de jeunes Mozambicains`: a plural people's word the dictionary knows
    /// in the singular, after a plural determiner (or `de` and one adjective).
    private static func isPluralPeoplesWord(_ cursor: TokenCursor) -> Bool {
        guard let token = cursor.peek(), let previous = cursor.peek(-1), previous.isWord, !previous.isCapitalized || previous.sentenceStart
        else { return false }
        let determined = Lexicon.pluralDeterminers.contains(previous)
            || (previous.folded.hasSuffix("s") && cursor.lookahead(-2) { $0.isWord && ($0.folded == "de" || Lexicon.pluralDeterminers.contains($0)) })
        guard determined else { return false }
        // (`-s`, or the `-x` of `tourangeaux`.)
        let folded = token.folded
        guard folded.hasSuffix("s") || folded.hasSuffix("x") else { return false }
        let singular = String(folded.dropLast())
        guard Lexicon.commonWords.contains(singular) else { return false }
        return singular.hasSuffix("eau") || Lexicon.singularDemonymEnding.end(singular)
    }
}
