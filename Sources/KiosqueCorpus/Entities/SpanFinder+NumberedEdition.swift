/// `le 59e Mémorial Vardec`, `la 31e Ronde Quelmard`: a name right after an ordinal written in
/// figures is an edition of an event (a body is not counted so: `la 3e Chambre`, `la 1re Armée`
/// keep their head's type).
extension SpanFinder {
    func isNumberedEdition(start: Int) -> Bool {
        let first = tokens[start]
        return start >= 1 && !first.afterElision && !first.isAcronym && isOrdinalInFigures(tokens[start - 1])
            && !first.has(.organisationHeads) && !first.has(.places) && !Lexicon.cities.contains(first) && !first.isGivenName
    }

    /// `59e`, `2ème`, `1er`, `1re`, `2nd`: figures and an ordinal ending.
    func isOrdinalInFigures(_ token: NameToken) -> Bool {
        guard token.isWord, let firstByte = token.folded.utf8.first, firstByte >= 0x30 && firstByte <= 0x39 else { return false }
        let ending = token.folded.drop { $0.isASCII && $0.isNumber }
        return ["e", "eme", "er", "re", "ere", "nd", "nde"].contains(String(ending))
    }
}
