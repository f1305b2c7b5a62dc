/// `Ballon d’or`, `Palme d’or`, `Ours d’argent`, `Globe de cristal`: a name followed by the metal
/// of its trophy is an award (MISC), the metal included.
enum TrophyMetalRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        let afterRun = run.end - run.start + 1
        let cursor = run.cursor
        // (`d’or`: the tokenizer cut the elided `d’` off `or`.)
        if cursor.lookahead(afterRun, { $0.isWord && $0.afterElision && !$0.isCapitalized && Lexicon.elidedTrophyMetals.contains($0.folded) }),
           finder.elidedDe(finder.tokens[run.end + 1]) {
            return .name(finder.makeCandidate(run.start, run.end + 1, type: .misc), next: run.end + 2)
        }
        if cursor.lookahead(afterRun, { $0.isWord && $0.folded == "de" }),
           cursor.lookahead(afterRun + 1, { $0.isWord && !$0.isCapitalized && Lexicon.trophyMetals.contains($0.folded) }) {
            return .name(finder.makeCandidate(run.start, run.end + 2, type: .misc), next: run.end + 3)
        }
        return .pass
    }
}

extension SpanFinder {
    /// Whether the name ending before `next` ends with a trophy's metal: the award is whole, and
    /// takes no expansion up to a later acronym (`l’Étoile d’or de la 23e édition du Festival … (FIFM)`).
    func endsWithTrophyMetal(before next: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: next - 1)
        return cursor.lookahead(0) { $0.isWord && !$0.isCapitalized && $0.afterElision && Lexicon.elidedTrophyMetals.contains($0.folded) }
            || (cursor.lookahead(-1, { $0.isWord && $0.folded == "de" }) && cursor.lookahead(0) { $0.isWord && !$0.isCapitalized && Lexicon.trophyMetals.contains($0.folded) })
    }
}

extension Lexicon {
    /// Metals of trophies after an elided `d’`. Source: hand-written, French award names.
    static let elidedTrophyMetals: WordSet = ["or", "argent", "airain"]
    /// Metals and materials of trophies after `de`. Source: hand-written, French award names.
    static let trophyMetals: WordSet = ["bronze", "cristal", "vermeil", "platine"]
}
