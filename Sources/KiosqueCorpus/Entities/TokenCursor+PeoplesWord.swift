extension TokenCursor {
    /// Whether the token here is a people's word right after a singular article (`la
    /// Vénézuélienne`, `le Slovène`, `l’Italien`): a nationality adjective, or a word with a
    /// people's ending, that the dictionary knows as a common word when `knownWordsOnly`.
    func isPeoplesWordAfterArticle(knownWordsOnly: Bool) -> Bool {
        // (`L’Allemande Wiebke Ostermann` opening a paragraph: no token before the elided article.)
        guard let token = peek(), !token.isAcronym,
              // (`d’un Cubain`: an indefinite article too.)
              token.afterElision || lookahead(-1, { ["la", "le", "l", "du", "au", "un", "une"].contains($0.folded) })
                // (`la jeune Vorlanaise`: an adjective put before nouns may stand between.)
                || (lookahead(-1) { $0.isWord && !$0.isCapitalized && $0.has(.prenominalAdjectives) }
                    && lookahead(-2) { $0.isWord && ["la", "le", "l", "du", "au"].contains($0.folded) }),
              !token.has(.places), !token.has(.prenominalAdjectives) else { return false }
        if token.has(.nationalityAdjectives) { return true }
        // (`l’Open Brive Corrèze`: an event's word is no people's.)
        return Lexicon.singularDemonymEnding.end(token.folded) && !Lexicon.miscWords.contains(token)
            && (!knownWordsOnly || Lexicon.commonWords.contains(token) || isMasculineOfKnownWord(token))
    }

    /// `néerlandais`, `québécois`: the word list holds the feminine of some people's words only.
    private func isMasculineOfKnownWord(_ token: NameToken) -> Bool {
        let folded = token.folded
        return (folded.hasSuffix("ais") || folded.hasSuffix("ois")) && Lexicon.commonWords.contains(folded + "e")
    }

    /// Whether the token here is a people's word in the plural right after a plural article
    /// (`les Norvégiens`, `des Kazakhs`, `aux Suédois`), as before the names of a team's members.
    func isPeoplesWordAfterPluralArticle() -> Bool {
        guard let token = peek(), let previous = peek(-1), !token.isAcronym, !token.afterElision,
              ["les", "des", "aux"].contains(previous.folded), token.folded.hasSuffix("s"),
              !token.has(.places), !token.has(.prenominalAdjectives) else { return false }
        return token.has(.nationalityAdjectives) || Lexicon.demonymEnding.end(token.folded)
    }
}
