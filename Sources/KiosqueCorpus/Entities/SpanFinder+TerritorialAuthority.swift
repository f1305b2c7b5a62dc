/// `la Région de Vorlac`, `la Métropole de Brenvik`, `la Ville de Trelmont`: French writes the territory in lower case
/// (`la région de …`) and its elected body with a capital, so a capitalised territorial noun
/// heading a name, before its `de` complement, names the authority, an organisation.
extension SpanFinder {
    func isTerritorialAuthority(_ words: [NameToken]) -> Bool {
        guard words.count >= 2, let head = words.first, !head.sentenceStart,
              head.has(.territorialBodyHeads) else { return false }
        let next = words[1]
        if next.afterElision || (next.length <= 3 && ["de", "du", "des"].contains(next.folded)) { return true }
        // `la Région Bretagne`, `la Région Grand Est`: a region's council, named without `de`.
        return head.folded == "region" && next.isCapitalized
    }
}

extension Lexicon {
    /// `Grand`, as in `Grand Est`, `Grand Ouest`. Source: hand-written, French region names.
    static let grandWords: WordSet = ["grand", "grande"]
}

extension Lexicon {
    /// Territorial nouns that, capitalised, name a local authority.
    /// Source: hand-written, French administrative vocabulary (Imprimerie nationale's typographic rules).
    static let territorialBodyHeads: WordSet = ["region", "metropole", "departement", "communaute", "collectivite", "ville"]
}
