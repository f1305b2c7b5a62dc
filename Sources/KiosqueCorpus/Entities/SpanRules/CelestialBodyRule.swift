/// `autour de Mars`, `la Terre`, `s’éloigne du Soleil`, `notre Système solaire`: the Sun, the
/// Moon and the planets are named places (the gold guidelines type them PLACE). Inside a
/// sentence the capital tells the planet from the month (`mars`) or the god; a number around
/// it makes a date (`le 3 Mars 2026`), a capitalised word or a complement after it another name
/// (`Mars Petcare`, `Terre des hommes`).
enum CelestialBodyRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.isWord, token.isCapitalized, !token.isAcronym, !token.sentenceStart,
              !token.afterElision, Lexicon.celestialBodies.contains(token), !cursor.isCapitalised(1),
              !cursor.lookahead(1, { $0.isWord && finder.isCardinal($0) }),
              !cursor.lookahead(-1, { $0.isWord && finder.isCardinal($0) }),
              // (`Terre des hommes`, `Soleil d’Orient`: a complement makes another name.)
              !cursor.lookahead(1, { $0.isWord && ($0.afterElision || ["de", "des", "du"].contains($0.folded)) }) else { return .pass }
        // (`le Système solaire`: the system is one only with its adjective, which the name takes.)
        let system = token.folded == "systeme"
        if system && !cursor.lookahead(1, { $0.isWord && $0.folded == "solaire" }) { return .pass }
        let end = system ? cursor.index + 1 : cursor.index
        return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
    }
}

extension Lexicon {
    /// The Sun, the Moon, the planets and the solar system, folded.
    /// Source: hand-written, French names of the solar system's bodies.
    static let celestialBodies: WordSet = ["soleil", "lune", "venus", "terre", "mars", "jupiter", "saturne",
        "uranus", "neptune", "pluton", "systeme"]
}
