/// `Environnement Canada`, `Pêches et Océans Canada`, `Développement économique Canada`,
/// `Revenu Québec`: capitalised French common nouns (joined by `et`, maybe with an adjective)
/// right before `Canada` or `Québec` name a federal or provincial agency, also at a sentence's
/// start, where the first noun alone would be taken for a sentence word.
/// (`Nouveau Québec`, `Haut Canada`, `Est Canada`: an adjective or a compass point before the
/// place names a region, left to the other rules; `Depuis Québec,`: a preposition opens no name.)
enum GovernmentAgencyRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let end = agencyEnd(cursor) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }

    /// The index of `Canada` or `Québec` closing an agency's name that opens at the cursor.
    static func agencyEnd(_ cursor: TokenCursor) -> Int? {
        guard let first = cursor.peek(), isAgencyNoun(first), !first.afterElision,
              !Lexicon.frontingPrepositions.contains(first), !first.has(.prenominalAdjectives),
              !first.has(.compassPoints), !Lexicon.reliefAdjectives.contains(first) else { return nil }
        var adjectives = 0
        for offset in 1...maximumLength {
            guard let token = cursor.peek(offset), token.isWord else { return nil }
            if token.isCapitalized && (token.length == 6 && governments.contains(token)) {
                return cursor.position(offset)
            }
            if isAgencyNoun(token) { continue }
            if !token.isCapitalized && token.length == 2 && token.folded == "et" && cursor.lookahead(offset + 1, isAgencyNoun) {
                continue
            }
            // (`Développement économique`: one adjective after a noun.)
            if !token.isCapitalized && adjectives == 0 && Lexicon.isCommonNoun(token) && cursor.lookahead(offset - 1, isAgencyNoun) {
                adjectives += 1
                continue
            }
            return nil
        }
        return nil
    }

    private static func isAgencyNoun(_ token: NameToken) -> Bool {
        token.isWord && token.isCapitalized && !token.isAcronym && token.length >= 4 && Lexicon.isCommonNoun(token)
    }

    /// Words from the first noun to the government's name, at most.
    private static let maximumLength = 5
    /// Source: hand-written, the governments whose agencies are named so.
    private static let governments: WordSet = ["canada", "quebec"]
}

extension GovernmentAgencyRule: CommonWordStartRule {
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool { agencyEnd(cursor) != nil }
}
