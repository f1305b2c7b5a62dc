/// A title (`Président`, `Ministre`) starts no name, except before a company word: `General
/// Dynamics`-like names are the company's. (`Cheikh Tidiane Vardo`, `Pape Mademba Gningue`: with
/// a capital and no article, `Cheikh` and `Pape` are West African given names; `le cheikh …`
/// stays the title, and so does `Pape` before a given name, `Pape François`.) Nor does the
/// possessive of a form of address: `Sa Majesté Mswati III`, `Sa Sainteté le pape`.
enum TitleWordRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        if cursor.word(0, in: possessives), cursor.word(1, in: formsOfAddress) { return .none }
        guard let token = cursor.peek(), token.has(.titles), !token.isAcronym,
              !cursor.lookahead(1, { $0.has(.companySuffixes) }), !isWestAfricanGivenName(cursor),
              !isEnglishGeneral(cursor, in: finder) else { return .pass }
        return .none
    }

    /// `General Catalyst`, `General Atlantic`: the English word, unaccented, before a capital
    /// opens a company's name (the French title is `général`).
    private static func isEnglishGeneral(_ cursor: TokenCursor, in finder: SpanFinder) -> Bool {
        guard let token = cursor.peek(), token.isCapitalized, token.length == 7, token.folded == "general",
              cursor.isCapitalised(1) else { return false }
        return finder.utf8[token.utf8].elementsEqual("General".utf8)
    }

    private static func isWestAfricanGivenName(_ cursor: TokenCursor) -> Bool {
        guard let token = cursor.peek(), token.isCapitalized, !token.afterElision,
              token.folded == "cheikh" || (token.folded == "pape" && !cursor.lookahead(1, { $0.isGivenName })) else { return false }
        return cursor.isCapitalised(1)
            && !cursor.lookahead(-1) { $0.isWord && ($0.has(.singularArticles) || ["du", "au", "des", "les", "aux"].contains($0.folded)) }
    }

    /// (Set literals at a call build their tables at every call.)
    private static let possessives: WordSet = ["sa", "son", "ses", "leur", "leurs", "votre", "vos"]
    /// Source: hand-written, French forms of address of sovereigns and prelates.
    private static let formsOfAddress: WordSet = ["majeste", "majestes", "altesse", "altesses", "saintete", "eminence",
        "excellence"]
}
