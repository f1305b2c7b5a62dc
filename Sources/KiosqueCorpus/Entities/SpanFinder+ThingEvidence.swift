/// Evidence that a name is a thing's (a product, a machine, a work): it is christened
/// (`un processeur baptisé Vorlane`, `un album intitulé …`) or owned (`sa Dravik Mégane`:
/// people and bodies are not had with a possessive).
extension SpanFinder {
    func thingEvidence(before start: Int, words: [NameToken]) -> EntityType? {
        let cursor = TokenCursor(tokens, at: start)
        guard let previous = cursor.peek(-1), previous.isWord, !previous.isCapitalized, !tokens[start].afterElision,
              let first = words.first, !first.isGivenName, !first.has(.places),
              !Lexicon.cities.contains(first) else { return nil }
        if Lexicon.namingParticiples.contains(previous) { return .misc }
        // `612 000 litres de Vorlacid`, `deux doses de …`: what is measured out is a product.
        if previous.length == 2, previous.folded == "de", cursor.word(-2, in: Lexicon.measureNouns) { return .misc }
        if Lexicon.possessives.contains(previous), !words.contains(where: { !$0.isCapitalized }) { return .misc }
        return nil
    }
}

extension Lexicon {
    /// Participles that give a thing its name (`baptisé`, `intitulé`; not `nommé`, said of appointments).
    /// Source: hand-written, French participles.
    static let namingParticiples: WordSet = ["baptise", "baptisee", "baptises", "baptisees", "surnomme", "surnommee",
        "denomme", "denommee", "intitule", "intitulee", "intitules", "intitulees"]
    /// Units and containers a product is counted in (`litres de …`, `doses de …`).
    /// Source: hand-written, French nouns of measures.
    static let measureNouns: WordSet = ["litres", "litre", "hectolitres", "millilitres", "tonnes", "tonne", "kilos", "kilogrammes",
        "grammes", "doses", "dose", "flacons", "flacon", "boites", "comprimes", "gelules", "ampoules", "barils", "bouteilles",
        "sachets", "unites", "exemplaires"]
    /// Source: hand-written, French possessive determiners.
    static let possessives: WordSet = ["sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes"]
}

extension SpanFinder {
    /// `commercialise déjà le Rezdiffra`, `a lancé l’Ostra`: a name after its article, as the object
    /// of a verb of selling or making (an adverb may stand between).
    func isSoldProduct(at start: Int) -> Bool {
        // The article is the token before, or elided into the name's own token.
        var verb = tokens[start].afterElision ? start - 1 : start - 2
        if verb >= 0, tokens[verb].isWord, Lexicon.verbAdverbs.contains(tokens[verb]) { verb -= 1 }
        guard verb >= 0, tokens[verb].isWord, !tokens[verb].isCapitalized else { return false }
        return Lexicon.sellingVerbs.contains(tokens[verb])
    }
}

extension Lexicon {
    /// Verbs whose object is a product: present and past participle (folded alike in the first group).
    /// Source: hand-written, French business news.
    static let sellingVerbs: WordSet = ["commercialise", "commercialisent", "lance", "lancent", "vend", "vendent", "vendu",
        "fabrique", "fabriquent", "distribue", "distribuent", "produit", "produisent", "exporte", "exportent"]
    /// Adverbs between a verb and its object (`commercialise déjà le …`).
    /// Source: hand-written, French adverbs.
    static let verbAdverbs: WordSet = ["deja", "aussi", "encore", "toujours", "desormais", "notamment", "egalement"]
}
