/// `la Vorlène est sortie de son lit`, `l’Ostrac est resté à sec`, `le Brenvoul déborde`: a name
/// with an article whose own clause speaks of a river's bed, flood, low water or mouth is that river
/// (an unknown articled name is otherwise taken for a body: `l’Inserm`-like names).
extension SpanFinder {
    func isRiverSubject(_ name: NameToken, after end: Int) -> Bool {
        // (`le Service de prévision des crues`: a common noun heads a body's name.)
        guard !Lexicon.commonWords.contains(name) else { return false }
        var cursor = TokenCursor(tokens, at: end + 1)
        var steps = 0
        while let token = cursor.peek(), steps < 6 {
            // (The clause ends at a full stop, a semicolon or a closing quotation.)
            if !token.isWord && [".", ";", "»", "!", "?"].contains(token.symbol) { return false }
            if token.isWord, !token.isCapitalized, Lexicon.riverWords.contains(token) { return true }
            // (`la Vorlesse … se jette dans la Meuse`: only a stream throws itself into another.)
            if token.isWord, token.folded == "se", cursor.word(1, in: Lexicon.throwingForms) { return true }
            cursor.advance()
            steps += 1
        }
        return false
    }
}

extension Lexicon {
    /// Words of a river's bed, floods and low water.
    /// Source: hand-written, French hydrology vocabulary.
    static let riverWords: WordSet = ["lit", "crue", "crues", "deborde", "debordent", "debordait", "debordee", "debordement",
        "sec", "etiage", "affluent", "affluents", "embouchure", "confluent", "confluence", "berges"]
    /// `se jette`, `se jettent`: how a stream flows into another. Source: hand-written, French verb forms.
    static let throwingForms: WordSet = ["jette", "jettent"]
}

/// `le reste franchissait la Bidassoa`, `les camions qui traversaient le Darfour`: what one
/// crosses, skirts or flies over, named with its article, is a river, a land or a sea.
extension SpanFinder {
    func isCrossedPlace(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        // (`l’Adour`: the article is glued to the name; `la Bidassoa`: it stands before it.)
        let verbOffset = tokens[start].afterElision ? -1 : -2
        if verbOffset == -2, !cursor.word(-1, in: Self.singularArticles) { return false }
        guard let verb = cursor.peek(verbOffset), verb.isWord, !verb.isCapitalized else { return false }
        let word = verb.folded
        return Self.crossingVerbStems.contains { word.hasPrefix($0) }
    }

    private static let singularArticles: WordSet = ["le", "la"]
    /// Stems of verbs of crossing and going along (`traverser`, `franchir`, `longer`, `survoler`).
    /// Source: hand-written, French verbs.
    private static let crossingVerbStems = ["travers", "franchi", "survol", "sillonn", "enjamb", "longe", "longea"]
}
