/// `une levée de série B`, `des lymphocytes T`, `les groupes O et B`, `350 °C`: a lone capital
/// letter after a common noun or a degree sign labels that noun's kind (or a unit), it names
/// nothing. A class noun keeps its name (`le réseau social X`; but `le groupe B` is a pool or a
/// blood group), and a title its initial (`le docteur J. Vorlan`); a preposition names the
/// thing (`publié sur X`, `chez Z`).
enum LetterAfterNounRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let letter = cursor.peek(), letter.isWord, letter.length == 1, letter.isCapitalized,
              !cursor.lookahead(1, { $0.isWord && $0.isCapitalized }), !isGluedInitial(cursor),
              let previous = cursor.peek(-1) else { return .pass }
        if previous.symbol == "°" { return .none }
        guard previous.isWord, !previous.isCapitalized, previous.length >= 4, !previous.has(.titles),
              !Lexicon.prepositionsOfNames.contains(previous) else { return .pass }
        let groups = previous.folded == "groupe" || previous.folded == "groupes"
        return groups || finder.classNounInApposition(before: cursor.index) == nil ? .none : .pass
    }

    /// `E.Leclerc`: the letter, a full stop and a word, glued, make one name.
    private static func isGluedInitial(_ cursor: TokenCursor) -> Bool {
        guard let stop = cursor.peek(1), stop.symbol == ".", let next = cursor.peek(2), next.isWord else { return false }
        return next.utf8.lowerBound == stop.utf8.upperBound
    }
}

extension Lexicon {
    /// Prepositions of four letters or more, after which a lone letter is a name (`sur X`).
    /// Source: hand-written, French prepositions.
    static let prepositionsOfNames: WordSet = ["chez", "avec", "dans", "pour", "vers", "sans", "sous", "entre", "contre",
        "selon", "depuis", "apres", "avant", "comme", "malgre", "parmi", "hors", "via", "envers", "aupres", "pendant", "derriere", "devant", "face"]
}
