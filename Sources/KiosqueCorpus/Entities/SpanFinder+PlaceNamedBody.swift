/// `à Vorlax Sénégal`, `à Brenmark Paris`: two words, an unknown one then a known country,
/// region or capital, name a body and its branch there, not a place (places of two words open
/// with their own first words: `Santa …`, `Port …`, or end with no place: `Buenos Aires`).
extension SpanFinder {
    func isBodyNamedAfterPlace(_ words: [NameToken]) -> Bool {
        guard words.count == 2, let first = words.first, let last = words.last, first.isCapitalized, last.isCapitalized,
              last.has(.places) else { return false }
        return !first.has(.places) && !Lexicon.cities.contains(first)
            && !first.has(.placeFirstWords) && !first.has(.placeFirstWordsOfNames)
            && !first.has(.compassPoints) && !first.isGivenName
            && !first.has(.nameArticles) && !Lexicon.places.contains(words.map(\.folded).joined(separator: " "))
    }

    /// `à Vorlac Université`, `à Brenmark Groupe`: after `à`, a head of bodies written last names
    /// the body (French puts it first, but brands put it after: no place ends with one).
    func endsWithBodyHead(_ words: [NameToken]) -> Bool {
        guard words.count >= 2, let last = words.last, last.isCapitalized else { return false }
        return last.has(.organisationHeads)
    }

    /// `CAA-Lyon`, `RTL-Belgique`: a hyphenated word whose first part is written in capitals, an
    /// acronym, before a place's name is a body's branch there.
    func hasAcronymHead(_ token: NameToken) -> Bool {
        let written = utf8[token.utf8].prefix { $0 != 0x2D }
        return written.count >= 2 && written.count < token.utf8.count && written.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }
}
