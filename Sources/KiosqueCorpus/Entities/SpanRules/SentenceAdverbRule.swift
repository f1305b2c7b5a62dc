/// `Ensuite, le groupe a annoncé …`, `Parallèlement, la ville …`: an adverb or a connective that
/// opens a sentence before a comma is no name, whatever apposition seems to follow it; nor is a
/// topic word and its lower-case topic (`Côté syndical, …`, `Question budget, …`).
enum SentenceAdverbRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let word = cursor.peek(), word.isWord, word.sentenceStart else { return .pass }
        if cursor.lookahead(2, { $0.symbol == "," }), cursor.lookahead(1, { $0.isWord && !$0.isCapitalized }),
           Self.topicWords.contains(word) {
            return .none
        }
        guard cursor.lookahead(1, { $0.symbol == "," }) else { return .pass }
        if Lexicon.sentenceAdverbs.contains(word) { return .none }
        // (`Concrètement,`, `Évidemment,`: an adverb in `-ment`; `Clément,` is a given name.)
        if word.length >= 7, word.folded.hasSuffix("ment"), !word.isGivenName { return .none }
        return .pass
    }

    /// (A set literal at a call builds its table at every call.)
    private static let topicWords: WordSet = ["cote", "question", "niveau"]
}

extension Lexicon {
    /// Adverbs, connectives and pronouns that open a sentence before a comma, folded.
    /// Source: hand-written, French grammar.
    static let sentenceAdverbs: WordSet = [
        "ensuite", "surtout", "sinon", "quant", "mieux", "pire", "aussitot", "idem", "primo", "secundo", "tertio",
        "ultimo", "helas", "partout", "chacun", "chacune", "dorenavant", "auparavant", "jusque la", "la bas",
        "entre temps", "autrefois", "jadis", "soudain", "toutefois", "neanmoins", "cependant", "pourtant",
        "desormais", "ainsi", "puis", "alors", "donc", "enfin", "bref", "certes", "ailleurs", "outre", "hier",
        "demain", "aujourd", "ici", "depuis", "apres", "avant", "or", "mais", "car", "oui", "non", "voila", "bien",
        "tant", "meme", "aussi", "encore", "deja", "toujours", "jamais", "parfois", "souvent", "ensemble", "seul",
        "seule", "selon", "malgre", "comme", "tout", "tous", "toutes", "rien", "personne", "certains", "certaines",
        "plusieurs", "beaucoup", "peu", "bravo", "puisque", "lorsque", "quand", "pendant", "durant", "sauf",
        "hormis", "voire", "autant", "davantage", "plutot", "ceci", "cela", "ca", "aucun", "aucune", "dabord",
        "sitot", "tantot", "ni", "soit", "ou", "et", "pourquoi", "comment", "combien", "dedans", "dehors", "dessous",
        "dessus", "la dessus", "ci dessus", "en dessous", "parallelement", "premierement", "deuxiemement", "bientot",
        "tard", "tot", "vite", "volontiers", "naguere", "illico", "pis", "longtemps", "jusque la", "la bas", "seuls", "seules",
        "entre temps", "la dessus", "ci dessus", "au dela", "peut etre", "c est",
        // (`Moi, je vais …`: a stressed pronoun set before its subject.)
        "moi", "toi", "lui", "eux", "soi"]
}
