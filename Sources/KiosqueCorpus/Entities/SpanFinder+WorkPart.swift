/// `le tome 12 de Lune Verte`, `la réédition de Korvak`, `la saison 3 de Brumes`: the complement
/// of a noun naming a part or an issue of a work is that work (a book, a series, a film).
extension SpanFinder {
    func isWorkPartComplement(start: Int, words: [NameToken]) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        var offset = -1
        if tokens[start].afterElision {
            guard elidedDe(tokens[start]) else { return false }
        } else {
            guard cursor.lookahead(-1, { $0.isWord && $0.length == 2 && $0.folded == "de" }) else { return false }
            offset = -2
        }
        // (`le tome 12 de …`: a number of the part may stand between.)
        let numbered = cursor.lookahead(offset, { $0.isWord && isCardinal($0) })
        if numbered { offset -= 1 }
        guard let noun = cursor.peek(offset), noun.isWord, !noun.isCapitalized else { return false }
        // (`la saison du club` is a team's: a season names a work only with its number.)
        guard Lexicon.workPartNouns.contains(noun) || (numbered && Lexicon.numberedWorkPartNouns.contains(noun)) else { return false }
        // (`la réédition de Léa Morvan`: a given name before a surname is the author's.)
        if words.count >= 2, let first = words.first, first.isGivenName { return false }
        return true
    }
}

extension Lexicon {
    /// Nouns of a work's parts and issues, whose `de` complement names the work.
    /// Source: hand-written, French nouns of publishing and broadcasting.
    static let workPartNouns: WordSet = ["tome", "tomes", "reedition", "reeditions"]
    /// Nouns of a work's parts that name the work only with their number (`la saison 3 de …`).
    /// Source: hand-written, French nouns of publishing and broadcasting.
    static let numberedWorkPartNouns: WordSet = ["saison", "saisons", "episode", "volume"]
}
