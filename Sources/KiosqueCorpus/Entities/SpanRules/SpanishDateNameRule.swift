/// `la centrale 14 de Julio`, `l’hôpital 10 de Octubre`, `l’entreprise 5 de Septiembre`: Spanish
/// names of bodies and places made of a date (a day, `de`, a month in Spanish, capitalised) are
/// one name, an organisation unless the words around say otherwise (not `Julio` the given name).
/// (`l’avenue 18 de Julio`: after a street's noun, the street, its noun kept.)
enum SpanishDateNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        if cursor.word(0, in: Lexicon.streetNouns), isDateName(at: cursor, from: 1) {
            let end = cursor.index + 3
            return .name(finder.makeCandidate(cursor.index, end, type: .place), next: end + 1)
        }
        guard isDateName(at: cursor) else { return .pass }
        let end = cursor.index + 2
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }

    /// A day number, `de` and a capitalised Spanish month `from` words on, no capital after.
    static func isDateName(at cursor: TokenCursor, from offset: Int = 0) -> Bool {
        guard cursor.word(offset, in: Lexicon.dayNumbers),
              cursor.lookahead(offset + 1, { $0.isWord && $0.length == 2 && $0.folded == "de" }),
              cursor.lookahead(offset + 2, { $0.isWord && $0.isCapitalized && Lexicon.spanishMonths.contains($0) }) else { return false }
        return !cursor.isCapitalised(offset + 3)
    }
}

extension Lexicon {
    /// Source: the numbers 1 to 31.
    static let dayNumbers = WordSet((1...31).map(String.init))
    /// Source: the Spanish names of the months.
    static let spanishMonths: WordSet = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "setiembre", "octubre", "noviembre", "diciembre"]
}

extension SpanishDateNameRule: LowerCaseStartRule {
    static let lowerCaseStarts = WordSet(Lexicon.dayNumbers.members + Lexicon.streetNouns.members)
    static func mayName(fromLowerCaseAt cursor: TokenCursor) -> Bool {
        isDateName(at: cursor) || (cursor.word(0, in: Lexicon.streetNouns) && isDateName(at: cursor, from: 1))
    }
}
