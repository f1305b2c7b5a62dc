/// `au stade Vorlane Brel`, `le cinéma Orlac`: a building that hosts the public, named right
/// after its lower-case noun, is a place even when its name is someone's (`le cinéma Karl-…`).
extension SpanFinder {
    func isNamedVenue(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard !tokens[start].afterElision, let noun = cursor.peek(-1), noun.isWord, !noun.isCapitalized,
              Lexicon.publicVenueNouns.contains(noun) else { return false }
        return cursor.word(-2, is: .appositionDeterminers)
    }
}

extension Lexicon {
    /// Source: hand-written, French nouns of buildings open to the public (sport, shows, travel).
    static let publicVenueNouns: WordSet = ["stade", "cinema", "theatre", "salle", "gymnase", "velodrome", "hippodrome",
        "palais", "aeroport", "gare", "arena", "amphitheatre", "auditorium"]
}
