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
        if Lexicon.possessives.contains(previous), !words.contains(where: { !$0.isCapitalized }) { return .misc }
        return nil
    }
}

extension Lexicon {
    /// Participles that give a thing its name (`baptisé`, `intitulé`; not `nommé`, said of appointments).
    /// Source: hand-written, French participles.
    static let namingParticiples: WordSet = ["baptise", "baptisee", "baptises", "baptisees", "surnomme", "surnommee",
        "denomme", "denommee", "intitule", "intitulee", "intitules", "intitulees"]
    /// Source: hand-written, French possessive determiners.
    static let possessives: WordSet = ["sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes"]
}
