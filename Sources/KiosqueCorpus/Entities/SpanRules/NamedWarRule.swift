/// `la Seconde Guerre mondiale`, `la Guerre froide`: a capitalised `Guerre`, after an ordinal or
/// not, and the adjective that names it are one event (the plain run would stop before the
/// adjective and read the noun as a body).
enum NamedWarRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let first = cursor.peek(), first.isWord, first.isCapitalized else { return .pass }
        let offset = Lexicon.warOrdinals.contains(first) ? 1 : 0
        // (`Guerre civile en vue`: opening a sentence, the capital says nothing.)
        if offset == 0 && first.sentenceStart { return .pass }
        guard cursor.lookahead(offset, { $0.isWord && $0.isCapitalized && Lexicon.warNouns.contains($0) }),
              let adjective = cursor.peek(offset + 1), adjective.isWord, !adjective.isCapitalized,
              Lexicon.warAdjectives.contains(adjective) || finder.isAdjective(adjective) else { return .pass }
        let end = cursor.index + offset + 1
        return .name(finder.makeCandidate(cursor.index, end, type: .misc), next: end + 1)
    }
}

extension Lexicon {
    /// Source: hand-written, French ordinals.
    static let warOrdinals: WordSet = ["premiere", "seconde", "deuxieme", "troisieme"]
    /// Source: hand-written, French nouns of wars.
    static let warNouns: WordSet = ["guerre", "guerres"]
    /// Adjectives that name a war whose ending says nothing (`froide`).
    /// Source: hand-written, French history.
    static let warAdjectives: WordSet = ["mondiale", "mondiales", "froide", "civile", "sainte", "totale"]
}
