extension TokenCursor {
    /// Whether the token here is a people's word right after a singular article (`la
    /// Vénézuélienne`, `le Slovène`, `l’Italien`): a nationality adjective, or a word with a
    /// people's ending, that the dictionary knows as a common word when `knownWordsOnly`.
    func isPeoplesWordAfterArticle(knownWordsOnly: Bool) -> Bool {
        guard let token = peek(), let previous = peek(-1), !token.isAcronym,
              token.afterElision || ["la", "le", "l", "du", "au"].contains(previous.folded),
              !Lexicon.places.contains(token.folded), !Lexicon.prenominalAdjectives.contains(token.folded) else { return false }
        if Lexicon.nationalityAdjectives.contains(token.folded) { return true }
        return Lexicon.singularDemonymEndings.contains(where: token.folded.hasSuffix)
            && (!knownWordsOnly || Lexicon.commonWords.contains(token.folded))
    }

    /// Whether the token here is a people's word in the plural right after a plural article
    /// (`les Norvégiens`, `des Kazakhs`, `aux Suédois`), as before the names of a team's members.
    func isPeoplesWordAfterPluralArticle() -> Bool {
        guard let token = peek(), let previous = peek(-1), !token.isAcronym, !token.afterElision,
              ["les", "des", "aux"].contains(previous.folded), token.folded.hasSuffix("s"),
              !Lexicon.places.contains(token.folded), !Lexicon.prenominalAdjectives.contains(token.folded) else { return false }
        return Lexicon.nationalityAdjectives.contains(token.folded) || Lexicon.demonymEndings.contains(where: token.folded.hasSuffix)
    }
}
