/// `l’usine de Pierre-Bénite`, `le siège de Vevey`, `l’usine d’Henniez`: a site is named after
/// where it stands, so the complement of a noun of sites is that place, not the company (in the
/// annotated sets, 28 places for one company written out; an acronym, `l’usine d’ACC`, is typed
/// before this is asked).
extension SpanFinder {
    func isSiteComplement(at start: Int) -> Bool {
        let name = tokens[start]
        guard !name.isAcronym else { return false }
        let cursor = TokenCursor(tokens, at: start)
        guard let nounOffset = nounBeforeDe(at: start) else { return false }
        // (`le camp militaire d’Elsenborn`: over one adjective after a camp's or a base's noun;
        // `les centrales thermiques d’Albioma` are a firm's.)
        return cursor.word(nounOffset, in: Lexicon.siteNouns)
            || (cursor.lookahead(nounOffset) { $0.isWord && !$0.isCapitalized && isAdjective($0) }
                && cursor.word(nounOffset - 1, in: Self.campNouns))
    }

    /// The offset of the word before the name's `de` (`-2`) or elided `d’` (`-1`), if it has one.
    func nounBeforeDe(at start: Int) -> Int? {
        if elidedDe(tokens[start]) { return -1 }
        return start > 0 && tokens[start - 1].isWord && tokens[start - 1].length == 2 && tokens[start - 1].folded == "de" ? -2 : nil
    }

    private static let campNouns: WordSet = ["camp", "camps", "base", "bases", "caserne", "casernes"]
}

extension Lexicon {
    /// Nouns of a company's sites, whose `de` complement may be the place they stand in.
    /// Source: hand-written, French nouns of industrial and office sites.
    static let siteNouns: WordSet = ["usine", "usines", "siege", "site", "sites", "entrepot", "entrepots", "raffinerie",
        "raffineries", "depot", "depots", "agence", "agences", "bureau", "bureaux", "magasin", "magasins",
        // (`les centrales d’Haina`, `la mine de Vorlac`: plants and pits stand where they are named.)
        "centrale", "centrales", "mine", "mines", "sucrerie", "sucreries", "fonderie", "fonderies", "scierie", "scieries",
        "acierie", "acieries", "conserverie", "conserveries", "abattoir", "abattoirs",
        "plantation", "plantations", "laiterie", "laiteries",
        // (`le camp militaire d’Elsenborn`, `la base de Vorlac`: camps, bases and barracks too.)
        "camp", "camps", "base", "bases", "caserne", "casernes"]
}
