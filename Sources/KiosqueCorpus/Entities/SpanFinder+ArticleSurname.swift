import KiosqueText

extension SpanFinder {
    /// `Erwann Le Goarnic`, `Maëlys La Torre`: inside a sentence a capitalised `Le` or `La`
    /// between two names opens a surname (Breton, Italian), even after a given name the lists
    /// lack; a known place, title or common word before it is no given name (`Paris Le Havre`).
    func opensArticleSurname(first: NameToken, particle: NameToken) -> Bool {
        guard particle.folded == "le" || particle.folded == "la", particle.isCapitalized,
              first.isWord, !first.isAcronym, !first.afterElision, first.length >= 3 else { return false }
        let word = first.folded
        return !Lexicon.places.contains(word) && !Lexicon.cities.contains(word) && !Lexicon.commonWords.contains(word)
            && !Lexicon.titles.contains(word) && !Lexicon.notNames.contains(word) && !Lexicon.organisationHeads.contains(word)
            && !StopWords.contains(folded: word)
    }
}
