/// `Verdict Lubrizol`-like sentence openings: a capitalised common noun that heads no
/// institution, before an unknown name, is the sentence's word, not the name's.
enum OpeningCommonNounRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard cursor.peek()?.sentenceStart == true, finder.isOpeningCommonNoun(at: cursor.index) else { return .pass }
        return .none
    }
}
