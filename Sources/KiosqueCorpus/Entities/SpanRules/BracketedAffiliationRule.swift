/// `Norbert Lhoist (Ensemble pour Houyet)`, `Léandre Hennaux (Beauraing Autrement)`: the words in
/// brackets right after someone's given name and surname, opening and closing with capitals,
/// name their party, list or team, a body. (One word alone is `isParenthesisedAffiliation`'s; a
/// given name first is another person, `(Marc Dorval)`; a known place, where someone comes from;
/// without a given name before, `Ang Huling Ani (La Dernière Récolte)` is a title translated.)
enum BracketedAffiliationRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        // (The bracket first: this runs for every word.)
        guard cursor.lookahead(-1, { $0.symbol == "(" }),
              let first = cursor.peek(), first.isWord, first.isCapitalized, !first.afterElision, !first.isAcronym,
              let surname = cursor.peek(-2), surname.isWord, surname.isCapitalized, !surname.isAcronym, !surname.sentenceStart,
              cursor.lookahead(-3, { $0.isWord && $0.isCapitalized && $0.isGivenName }),
              !first.isGivenName, !first.has(.places), !first.has(.titles) else { return .pass }
        // The closing bracket within five words, words only before it.
        var offset = 1
        while offset <= 5, let token = cursor.peek(offset), token.isWord { offset += 1 }
        guard offset >= 2, offset <= 5, cursor.lookahead(offset, { $0.symbol == ")" }) else { return .pass }
        let end = cursor.index + offset - 1
        guard finder.tokens[end].isCapitalized, !Lexicon.cities.contains(NameToken.joinedFolds(finder.tokens[cursor.index...end])),
              !finder.tokens[cursor.index...end].contains(where: { $0.isCapitalized && $0.has(.places) }) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }
}
