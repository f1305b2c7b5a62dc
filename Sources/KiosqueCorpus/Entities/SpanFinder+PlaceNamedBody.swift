/// `à Vorlax Sénégal`, `à Brenmark Paris`: two words, an unknown one then a known country,
/// region or capital, name a body and its branch there, not a place (places of two words open
/// with their own first words: `Santa …`, `Port …`, or end with no place: `Buenos Aires`).
extension SpanFinder {
    func isBodyNamedAfterPlace(_ words: [NameToken]) -> Bool {
        guard words.count == 2, let first = words.first, let last = words.last, first.isCapitalized, last.isCapitalized,
              Lexicon.places.contains(last.folded) else { return false }
        return !Lexicon.places.contains(first.folded) && !Lexicon.cities.contains(first.folded)
            && !Lexicon.placeFirstWords.contains(first.folded) && !Lexicon.placeFirstWordsOfNames.contains(first.folded)
            && !Lexicon.compassPoints.contains(first.folded) && !Lexicon.isGivenName(first.folded)
            && !Lexicon.nameArticles.contains(first.folded) && !Lexicon.places.contains(words.map(\.folded).joined(separator: " "))
    }
}
