/// `Marine Vadoret`: a head of bodies that is also a given name (`Marine`), before one unknown
/// capitalised word and nothing that extends a body's name (no complement, no further name),
/// opens a person's name rather than an institution's (`Marine nationale` has its adjective).
extension SpanFinder {
    func isGivenNameBeforeSurname(at cursor: TokenCursor) -> Bool {
        guard let head = cursor.peek(), head.isGivenName,
              let surname = cursor.peek(1), surname.isWord, surname.isCapitalized, !surname.afterElision, !surname.isAcronym,
              !Lexicon.commonWords.contains(surname), !surname.has(.places),
              !Lexicon.cities.contains(surname), !surname.has(.organisationWords),
              !surname.has(.nationalityAdjectives) else { return false }
        guard let next = cursor.peek(2) else { return true }
        return !(next.isWord && (next.isCapitalized || Lexicon.deForms.contains(next))) && !elidedDe(next)
    }
}

extension Lexicon {
    /// Source: hand-written, French grammar (`de` and its contractions).
    static let deForms: WordSet = ["de", "des", "du", "d"]
}
