/// `la Vénézuélienne Rosángela Urdaneta`, `les Norvégiens Arne Lund et …`: a people's name after
/// an article, before a name, is not part of that name.
enum DemonymBeforeNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard cursor.isCapitalised(1), cursor.isPeoplesWordAfterArticle(knownWordsOnly: false) || cursor.isPeoplesWordAfterPluralArticle() else { return .pass }
        return .none
    }
}
