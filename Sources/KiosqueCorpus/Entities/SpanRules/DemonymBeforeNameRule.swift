/// `la Vénézuélienne Rosángela Urdaneta`, `les Norvégiens Arne Lund et …`: a people's name after
/// an article, before a name, is not part of that name.
enum DemonymBeforeNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        // (`l’héroïne d’Ysaline Vardec`: an elided `de` is no article; a given name follows it.)
        // (`la Moyenne Corniche`, `le Moyen Atlas`: a relief adjective ends as peoples do, and opens a place.)
        guard cursor.isCapitalised(1), !(cursor.peek().map(finder.elidedDe) ?? false),
              !cursor.word(0, in: Lexicon.reliefAdjectives),
              cursor.isPeoplesWordAfterArticle(knownWordsOnly: false) || cursor.isPeoplesWordAfterPluralArticle()
                || isPeoplesWordOfRareEndingBeforeFullName(cursor) || isCountrysWomanBeforeFullName(cursor, finder) else { return .pass }
        return .none
    }

    /// (Set literals at a call build their tables at every call.)
    private static let singularArticles: WordSet = ["le", "la", "du", "au"]
    private static let rarePeoplesEndings = ["an", "ane", "ard", "arde"]

    /// `l’Argentine Ailén Anzorena`: a country whose name is also its woman's, after `l’`, before
    /// a given name and a surname, is the woman (the country would take `de`: `l’Argentine de …`).
    private static func isCountrysWomanBeforeFullName(_ cursor: TokenCursor, _ finder: SpanFinder) -> Bool {
        guard let token = cursor.peek(), token.afterElision, !finder.elidedDe(token), token.has(.places),
              Lexicon.singularDemonymEnding.end(token.folded),
              cursor.lookahead(1, { $0.isWord && $0.isCapitalized && !$0.afterElision && !$0.has(.places) }),
              cursor.lookahead(2, { $0.isWord && $0.isCapitalized && !$0.afterElision }) else { return false }
        return true
    }

    /// `le Valaisan Séverin Melly`, `la Catalane Núria Pons`, `la Savoyarde Bertille Ract`: a word
    /// with the people's ending `-an` or `-ard` (which most words ending so are not) after an
    /// article, before a given name and a surname.
    private static func isPeoplesWordOfRareEndingBeforeFullName(_ cursor: TokenCursor) -> Bool {
        guard let token = cursor.peek(), token.length >= 6, !token.isAcronym, !token.afterElision,
              Self.rarePeoplesEndings.contains(where: token.folded.hasSuffix),
              cursor.word(-1, in: singularArticles), !token.has(.places), !token.isGivenName,
              cursor.lookahead(1, { $0.isGivenName && !$0.afterElision }), cursor.isCapitalised(2) else { return false }
        return true
    }
}
