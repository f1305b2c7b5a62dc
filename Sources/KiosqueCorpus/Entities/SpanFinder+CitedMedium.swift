/// `contacté par Le Vorlacien`, `selon La Gazette de Brelmont`, `dans un entretien au Courrier
/// du Val`: a name that opens with a capital article, where a source is quoted, is a newspaper or
/// a station (the article alone would make it a place: `Le Caire`).
extension SpanFinder {
    func isCitedMedium(start: Int, words: [NameToken]) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard let first = words.first, !first.sentenceStart, !first.isAcronym,
              let previous = cursor.peek(-1), previous.isWord, previous.length <= 5 else { return false }
        // (`au Courrier du Val`, `au Vorlacien`: the article is fused into `au`; `publiée dans
        // Vorlan Medicine`: a journal's name takes none.)
        guard words.count >= 2 && first.has(.nameArticles) || previous.folded == "au" || previous.folded == "dans" else { return false }
        let cited: Bool
        switch previous.folded {
        case "selon": cited = true
        case "par": cited = cursor.lookahead(-2) { $0.isWord && Lexicon.sourceParticiples.contains($0) }
        // `un sondage Ifop pour Le Parisien`: what a poll or an interview was made for.
        case "pour":
            cited = cursor.lookahead(-2) { $0.isWord && Lexicon.commissionedWords.contains($0) }
                || cursor.lookahead(-3) { $0.isWord && Lexicon.commissionedWords.contains($0) }
        case "a", "au", "dans":
            cited = cursor.lookahead(-2) { $0.isWord && Lexicon.publishedWords.contains($0) }
                || cursor.lookahead(-3) { $0.isWord && Lexicon.publishedWords.contains($0) }
        default: cited = false
        }
        guard cited else { return false }
        let name = words.map(\.folded).joined(separator: " ")
        return !Lexicon.places.contains(name) && !Lexicon.cities.contains(name)
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
        "paru", "parue", "parus", "parues", "rapporte", "indique", "affirme", "assure", "precise", "raconte", "lettre", "dit",
        "ecrit", "ecrivait", "colonnes"]
    /// What is made for a medium, before `pour` and its name (`un sondage Ifop pour …`).
    /// Source: hand-written, French press vocabulary.
    static let commissionedWords: WordSet = ["sondage", "sondages", "enquete", "etude", "entretien", "interview",
        "realise", "realisee", "mene", "menee", "commande"]
}
