/// `l’usine de Pierre-Bénite`, `le siège de Vevey`: a company's site is named after where it
/// stands, so a known city as the complement of a noun of sites is that place, not the company
/// (`l’usine de Vorlax`, unknown, stays the company's: `companyContext`).
extension SpanFinder {
    func isSiteOfCity(at start: Int) -> Bool {
        let name = tokens[start]
        guard Lexicon.cities.contains(name) || name.has(.places) else { return false }
        let cursor = TokenCursor(tokens, at: start)
        let nounOffset = elidedDe(name) ? -1 : cursor.lookahead(-1, { $0.isWord && $0.length == 2 && $0.folded == "de" }) ? -2 : 0
        return nounOffset < 0 && cursor.word(nounOffset, in: Lexicon.siteNouns)
    }
}

extension Lexicon {
    /// Nouns of a company's sites, whose `de` complement may be the place they stand in.
    /// Source: hand-written, French nouns of industrial and office sites.
    static let siteNouns: WordSet = ["usine", "usines", "siege", "site", "sites", "entrepot", "entrepots", "raffinerie",
        "raffineries", "depot", "depots", "agence", "agences", "bureau", "bureaux", "magasin", "magasins"]
}
