/// `contacté par Le Vorlacien`, `selon La Gazette de Brelmont`, `dans un entretien au Courrier
/// du Val`: a name that opens with a capital article, where a source is quoted, is a newspaper or
/// a station (the article alone would make it a place: `Le Caire`).
extension SpanFinder {
    func isCitedMedium(start: Int, words: [NameToken]) -> Bool {
        guard let first = words.first, !first.sentenceStart,
              !Lexicon.places.contains(words.map(\.folded).joined(separator: " ")) else { return false }
        let cursor = TokenCursor(tokens, at: start)
        guard let previous = cursor.peek(-1), previous.isWord else { return false }
        // (`au Courrier du Val`: the article is fused into `au`.)
        let articled = first.has(.nameArticles) || previous.folded == "au"
        guard articled else { return false }
        if previous.folded == "selon" { return true }
        if previous.folded == "par" {
            return cursor.lookahead(-2) { $0.isWord && Lexicon.sourceParticiples.contains($0) }
        }
        return ["a", "au", "dans"].contains(previous.folded)
            && (cursor.lookahead(-2) { $0.isWord && Lexicon.publishedWords.contains($0) }
                || cursor.lookahead(-3) { $0.isWord && Lexicon.publishedWords.contains($0) })
    }
}

extension Lexicon {
    /// Participles of asking a source, before `par` and the medium that asked.
    /// Source: hand-written, French participles of journalism.
    static let sourceParticiples: WordSet = ["contacte", "contactee", "contactes", "contactees", "interroge", "interrogee",
        "interroges", "interrogees", "joint", "jointe", "joints", "sollicite", "sollicitee", "sollicites", "sollicitees",
        "cite", "citee", "cites", "citees", "consulte", "consultee", "consultes", "consultees", "rapporte", "rapportee",
        "revele", "revelee", "devoile", "devoilee", "publie", "publiee", "publies", "publiees"]
    /// Nouns and participles of what a medium prints or airs, before `à`, `au`, `dans` and its name.
    /// Source: hand-written, French nouns of journalism.
    static let publishedWords: WordSet = ["entretien", "interview", "tribune", "chronique", "editorial", "enquete",
        "declare", "declaree", "confie", "confiee", "explique", "expliquee", "publie", "publiee", "publies", "publiees",
        "paru", "parue", "parus", "parues", "rapporte", "indique", "affirme", "assure", "precise", "raconte", "lettre"]
}
