/// `Baptisé Guamá, …`: a capitalised past participle opening a sentence, before another
/// capitalised word, is not part of the name after it.
enum OpeningParticipleRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.sentenceStart, !token.isAcronym, token.length >= 5, cursor.isCapitalised(1)
        else { return .pass }
        let word = token.folded
        guard word.hasSuffix("e") || word.hasSuffix("es") || word.hasSuffix("ee") || word.hasSuffix("ees") else { return .pass }
        // The fold drops the accent: look at the written word for `é`.
        let written = String(decoding: finder.utf8[token.utf8], as: UTF8.self)
        guard written.hasSuffix("é") || written.hasSuffix("ée") || written.hasSuffix("és") || written.hasSuffix("ées") else { return .pass }
        return !Lexicon.givenNames.contains(word) && !Lexicon.places.contains(word) ? .none : .pass
    }
}
