/// `du code forestier`, `le code de la consommation`, `au code monétaire et financier`: a code of
/// law written in lower case after a definite article is a named text (MISC), as its capitalised
/// form is (`Code du travail`). Only the adjectives and fields of legal codes: `le code génétique`,
/// `le code source`, `un projet de code minier` name nothing.
enum LegalCodeRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), head.isWord, !head.isCapitalized, head.isFold("code"),
              cursor.word(-1, in: definiteArticles) else { return .pass }
        var offset = 1
        if cursor.word(1, in: lawAdjectives) {
            // (`code monétaire et financier`: a second adjective after `et`.)
            if cursor.lookahead(2, { $0.isWord && $0.isFold("et") }), cursor.word(3, in: lawAdjectives) { offset = 3 }
        } else {
            // `code de la consommation`, `code du travail`, `code de l’environnement`, `code de procédure pénale`
            guard cursor.word(1, in: complementLinks) else { return .pass }
            offset = 2
            if cursor.word(offset, in: articles) { offset += 1 }
            guard cursor.word(offset, in: lawFields), cursor.lookahead(offset, { !$0.isCapitalized }) else { return .pass }
            if cursor.lookahead(offset + 1, { $0.isWord && !$0.isCapitalized && finder.isAdjective($0) }) { offset += 1 }
        }
        return .name(finder.makeCandidate(cursor.index, cursor.index + offset, type: .misc), next: cursor.index + offset + 1)
    }

    /// (Set literals at a call build their tables at every call.)
    private static let definiteArticles: WordSet = ["le", "du", "au"]
    private static let complementLinks: WordSet = ["de", "du", "des"]
    private static let articles: WordSet = ["la", "l"]
    /// Adjectives of French, Belgian, Swiss and African codes of law.
    /// Source: hand-written, names of codes of law.
    private static let lawAdjectives: WordSet = ["penal", "civil", "forestier", "minier", "electoral", "rural", "monetaire",
        "financier", "douanier", "fiscal", "foncier", "pastoral", "communal", "maritime", "disciplinaire", "judiciaire", "general"]
    /// Fields of codes of law named by a `de` complement. Source: hand-written, names of codes of law.
    private static let lawFields: WordSet = ["consommation", "travail", "environnement", "commerce", "urbanisme", "procedure",
        "sante", "education", "douanes", "sport", "famille", "assurances", "route", "construction", "energie", "transports",
        "impots", "mutualite", "patrimoine", "propriete", "nationalite", "justice"]
}
