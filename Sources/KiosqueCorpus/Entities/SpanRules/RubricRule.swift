/// `Rugby : …`, `Jeu vidéo : …`: a headline's first word, a common noun before a colon (alone
/// or with one lower-case word), is the rubric, not a name. (A company named by a common word
/// is named again in the body, where this rule does not apply.)
enum RubricRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard finder.field == .title, cursor.index == 0, let word = cursor.peek(), word.isCapitalized, !word.isAcronym,
              cursor.peek(1)?.symbol == ":" || (cursor.lookahead(1) { $0.isWord && !$0.isCapitalized } && cursor.peek(2)?.symbol == ":"),
              Lexicon.commonWords.contains(word), !word.has(.places),
              !Lexicon.cities.contains(word), Lexicon.gazetteer[word.folded]?.type == nil,
              !word.has(.organisationHeads), !word.has(.miscHeads),
              !word.isGivenName else { return .pass }
        // (`République dominicaine : …`: a known name of two words is no rubric.)
        if cursor.peek(1)?.symbol != ":", GazetteerRule.longestKnown(cursor, in: finder)?.0 == 1 { return .pass }
        return .none
    }
}
