/// `le film « Fresa y chocolate »`: a short capitalised title in French quotes after a noun of
/// works (or in a headline, or shaped like a title) is one MISC name, without its quotes.
enum QuotedWorkRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard cursor.peek()?.symbol == "«", cursor.isCapitalised(1) else { return .pass }
        guard isAnnounced(cursor) || finder.field == .title || isCapitalisedTitle(cursor)
            || isArticleTitle(cursor, in: finder) || finder.isShortTitleQuote(at: cursor.index) else { return .pass }
        var offset = 1
        while offset <= 9, let token = cursor.peek(offset) {
            if token.symbol == "»" {
                guard offset > 1, let first = cursor.peek(1) else { return .none }
                var work = finder.makeCandidate(cursor.index + 1, cursor.index + offset - 1, type: .misc)
                // A title keeps its elided article (`« L’Aube »`).
                if first.afterElision { finder.keepArticle(of: &work, first: first) }
                return .name(work, next: cursor.index + offset + 1)
            }
            // (`« Clair Obscur : Expedition 33 »`: a colon may part a title from its subtitle.)
            if !token.isWord && token.symbol != "'" && token.symbol != "," && token.symbol != ":" { return .none }
            offset += 1
        }
        return .none
    }

    /// A noun of works within three words before (`le film`), or a nationality adjective
    /// standing for the work (`l’argentin « Las hijas del mar »`).
    private static func isAnnounced(_ cursor: TokenCursor) -> Bool {
        for offset in 1...3 where cursor.word(-offset, in: Lexicon.workNouns) { return true }
        guard let adjective = cursor.peek(-1), let before = cursor.peek(-2), adjective.isWord, !adjective.isCapitalized,
              adjective.afterElision || ["le", "la", "les"].contains(before.folded) else { return false }
        return Lexicon.singularDemonymEnding.end(adjective.folded)
    }

    /// `« Les Heures du sel »`: a short quotation opening with an article and a capitalised noun
    /// is a title (a quoted sentence has its noun in lower case).
    private static func isArticleTitle(_ cursor: TokenCursor, in finder: SpanFinder) -> Bool {
        guard cursor.peek(3) != nil, let article = cursor.peek(1), let noun = cursor.peek(2), article.isWord,
              article.has(.nameArticles) || article.folded == "les",
              noun.isWord, noun.isCapitalized, !noun.afterElision,
              !noun.has(.notNames), !noun.has(.places),
              !Lexicon.demonymEnding.end(noun.folded),
              !noun.has(.nationalityAdjectives) else { return false }
        // (Four words at most: `« Le Hezbollah ne cédera pas »` is a sentence.)
        return finder.quoteCloses(from: cursor.index + 3, within: 3)
    }

    /// `« Chan Chan »`, `« Le Dernier Tramway »`: up to four words, all capitalised (or name
    /// connectors), then the closing quote.
    private static func isCapitalisedTitle(_ cursor: TokenCursor) -> Bool {
        var offset = 1
        while offset <= 5, let token = cursor.peek(offset) {
            if token.symbol == "»" {
                // (`« Oui », souligne …`: one word that answers or opens a sentence is a quoted reply.)
                return offset > 1 && !(offset == 2 && (cursor.word(1, is: .places) || cursor.word(1, is: .notNames)
                    || cursor.word(1, in: Lexicon.sentenceAdverbs)))
            }
            guard token.isWord, token.isCapitalized || token.has(.connectors) else { return false }
            offset += 1
        }
        return false
    }
}
