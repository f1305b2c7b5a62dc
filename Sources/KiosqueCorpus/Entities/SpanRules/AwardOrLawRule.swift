/// `le prix Casa de las Américas`, `la loi Verlaine`, `la médaille Jesús Menéndez`: an award or a law keeps its lower-case
/// noun before the name that follows it, and is MISC; so do an award, a festival or a tournament
/// named by a `de` complement (`le prix de Flore`, `le festival d'Avignon`, `le tournoi de Wimbledon`),
/// and so does a treaty (`le traité d’Itaipú`, `la convention de Minamata`).
enum AwardOrLawRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let noun = cursor.peek(), !noun.isCapitalized, noun.length >= 3, noun.length <= 10,
              let next = cursor.peek(1), next.isWord else { return .pass }
        let direct = (noun.length == 4 && noun.folded == "prix") || (noun.length == 3 && noun.folded == "loi")
            || (noun.length == 8 && noun.folded == "medaille")
        let offset: Int
        if direct && next.isCapitalized && !next.afterElision {
            offset = 1
        } else if Lexicon.eventNounsWithComplement.contains(noun) || Lexicon.treatyNouns.contains(noun),
                  next.isCapitalized ? next.afterElision && finder.elidedDe(next)
                    : next.length == 2 && next.folded == "de" && cursor.isCapitalised(2) {
            // (`le prix du Brent`: a price, no award; `le festival des Vieilles Charrues`: the
            // festival's own name after `des`, without the noun.)
            offset = next.isCapitalized ? 1 : 2
        } else {
            return .pass
        }
        guard let name = cursor.peek(offset), !name.has(.notNames), !(offset == 2 && name.afterElision),
              // (`l’accord de Marc Vorlan`: an agreement someone made, no treaty's name.)
              !(Lexicon.treatyNouns.contains(noun) && name.isGivenName),
              let (_, end) = finder.span(at: cursor.index + offset) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end - 1, type: .misc), next: end)
    }
}

extension Lexicon {
    /// Lower-case nouns of awards and events named by a `de` complement.
    /// Source: hand-written, French nouns of awards, festivals and tournaments.
    static let eventNounsWithComplement: WordSet = ["prix", "festival", "tournoi"]
    /// Lower-case nouns of treaties named by the place they were signed at (`le traité d’Itaipú`,
    /// `la convention de Minamata`). Source: hand-written, French nouns of agreements.
    static let treatyNouns: WordSet = ["traite", "traites", "accord", "accords", "convention", "protocole", "pacte"]
}
