/// `République populaire de Chine`, `République islamique d’Iran`, `Royaume du Maroc`: a state's
/// formal name, its head, adjectives and a known country, is one place (not the country alone).
enum StateNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), head.isCapitalized, !head.afterElision, head.length >= 6,
              Lexicon.stateHeads.contains(head) else { return .pass }
        var offset = 1
        while offset <= 2, cursor.lookahead(offset, { $0.isWord && !$0.isCapitalized && finder.isAdjective($0) }) { offset += 1 }
        if cursor.word(offset, in: Lexicon.stateNameLinks) {
            offset += 1
        } else if !cursor.lookahead(offset, { $0.afterElision && finder.elidedDe($0) }) {
            return .pass
        }
        guard let country = cursor.peek(offset), country.isWord, country.isCapitalized,
              country.has(.places) else { return .pass }
        let end = finder.capitalisedRunEnd(from: cursor.index + offset)
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }
}

extension Lexicon {
    /// Heads of states' formal names. Source: hand-written, French names of forms of state.
    static let stateHeads: WordSet = ["republique", "royaume", "principaute", "sultanat", "emirat", "grand duche"]
    /// `de`, `du`, `des` before the country of a state's formal name. Source: French grammar.
    static let stateNameLinks: WordSet = ["de", "du", "des"]
}
