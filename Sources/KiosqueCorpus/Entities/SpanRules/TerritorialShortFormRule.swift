/// `les subventions de la Ville, de la Métropole et de la Région`, `le Département a voté`: a
/// territorial body's common noun, capitalised after an article with nothing after it, stands
/// for a council named elsewhere (or nowhere); it is a short form, no name. With a name or a
/// qualifier after it, it heads one (`la Région Bretagne`, `la Ville de Paris`, `la
/// Collectivité européenne d’Alsace`).
enum TerritorialShortFormRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.isWord, token.isCapitalized, !token.isAcronym,
              Lexicon.territorialBodyHeads.contains(token) || token.folded == "agglomeration",
              token.afterElision || cursor.lookahead(-1, { $0.isWord && ["la", "le", "l"].contains($0.folded) }),
              !cursor.isCapitalised(1),
              !cursor.lookahead(1, { $0.isWord && ($0.afterElision || finder.isAdjective($0) || ["de", "d", "du", "des"].contains($0.folded)) })
        else { return .pass }
        return .none
    }
}
