/// `l’article L133-18 du code monétaire`, `les articles R. 421-1`: a code's article number
/// names no entity (the code's letter says its part: législative, réglementaire).
enum LegalArticleCodeRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.isWord, token.isCapitalized, token.length <= 12,
              token.folded.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              cursor.word(-1, in: Lexicon.legalArticleNouns) else { return .pass }
        return .none
    }
}

extension Lexicon {
    /// Nouns numbered by a code's article codes. Source: hand-written, French legal vocabulary.
    static let legalArticleNouns: WordSet = ["article", "articles", "alinea", "alineas"]
}
