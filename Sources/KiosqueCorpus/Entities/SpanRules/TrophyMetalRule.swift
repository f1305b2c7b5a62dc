/// `Ballon d’or`, `Palme d’or`, `Ours d’argent`, `Globe de cristal`: a name followed by the metal
/// of its trophy is an award (MISC), the metal included.
enum TrophyMetalRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        let afterRun = TokenCursor(finder.tokens, at: run.end + 1)
        // (`d’or`: the tokenizer cut the elided `d’` off `or`.)
        if afterRun.lookahead(0, finder.isElidedMetal) {
            return .name(finder.makeCandidate(run.start, run.end + 1, type: .misc), next: run.end + 2)
        }
        if afterRun.lookahead(0, { $0.isWord && $0.folded == "de" }), afterRun.lookahead(1, SpanFinder.isMetal) {
            return .name(finder.makeCandidate(run.start, run.end + 2, type: .misc), next: run.end + 3)
        }
        return .pass
    }
}

extension SpanFinder {
    /// Whether the name ending before `next` ends with a trophy's metal: the award is whole, and
    /// takes no expansion up to a later acronym (`l’Étoile d’or de la 23e édition du Festival … (FIFM)`).
    func endsWithTrophyMetal(before next: Int) -> Bool {
        let last = TokenCursor(tokens, at: next - 1)
        return last.lookahead(0, isElidedMetal)
            || (last.lookahead(-1, { $0.isWord && $0.folded == "de" }) && last.lookahead(0, Self.isMetal))
    }

    /// `or` of `d’or`, `argent` of `d’argent`.
    func isElidedMetal(_ token: NameToken) -> Bool {
        token.isWord && !token.isCapitalized && Lexicon.elidedTrophyMetals.contains(token) && elidedDe(token)
    }

    /// `cristal` of `de cristal`.
    static func isMetal(_ token: NameToken) -> Bool {
        token.isWord && !token.isCapitalized && Lexicon.trophyMetals.contains(token)
    }
}

extension Lexicon {
    /// Metals of trophies after an elided `d’`. Source: hand-written, French award names.
    static let elidedTrophyMetals: WordSet = ["or", "argent", "airain"]
    /// Metals and materials of trophies after `de`. Source: hand-written, French award names.
    static let trophyMetals: WordSet = ["bronze", "cristal", "vermeil", "platine"]
}
