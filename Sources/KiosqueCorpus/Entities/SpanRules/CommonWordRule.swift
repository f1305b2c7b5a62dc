/// `La`, `Le`, `Selon`…: a capitalised word that is no name by itself starts one only when the
/// gazetteer knows the whole (tried before), or when it is an article inside a sentence before
/// a capitalised word (`la route de La Farola`, `le groupement Les Mousquetaires`).
enum CommonWordRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        endsSearch(at: cursor) ? .none : .pass
    }

    /// Whether this rule answers `.none` at the cursor (see `SpanPipeline.commonWordStartRules`).
    static func endsSearch(at cursor: TokenCursor) -> Bool {
        guard let token = cursor.peek(), token.has(.notNames), !token.isAcronym else { return false }
        // (`groupement Les Mousquetaires`: a capital `Les` inside a sentence is the name's too.)
        let article = token.has(.nameArticles) || (token.isCapitalized && token.folded == "les")
        let articleInName = !token.sentenceStart && article
            && cursor.lookahead(1) { $0.isWord && $0.isCapitalized && !$0.has(.notNames) }
        // (`au Centre Premier Tech`: inside a sentence, two such words before a name's word open a name.)
        let runOfNames = !token.sentenceStart && token.isCapitalized && cursor.isCommonWordBetweenNames(1)
        return !articleInName && !runOfNames
    }
}
