/// `Loïs Vardon, 24 ans`, `Amine Korvel (31 ans)`: an age in apposition right after a name
/// says it is a person's, whatever its words look like (`Boisson` is also a drink). Two digits
/// at most: `la Croix-Rouge, 150 ans après` is no age.
extension SpanFinder {
    func hasAgeAfter(_ end: Int) -> Bool {
        TokenCursor(tokens, at: end).lookahead(1, { $0.symbol == "," || $0.symbol == "(" }) && hasAge(at: end + 2)
    }

    /// `Oelvis Varela, un soudeur de 39 ans,`: an apposition of one of a kind, with an age, is said
    /// of a person (not of a kind of body or place: `une entreprise de 30 ans`).
    func hasAgedApposition(_ end: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: end)
        guard cursor.lookahead(1, { $0.symbol == "," }), cursor.word(2, in: Self.indefiniteArticles),
              let noun = cursor.peek(3), noun.isWord, !noun.isCapitalized, noun.classNounType == nil else { return false }
        var offset = 4
        if cursor.lookahead(offset, { $0.isWord && !$0.isCapitalized && $0.folded != "de" }) { offset += 1 }
        return cursor.lookahead(offset) { $0.isWord && $0.folded == "de" } && hasAge(at: end + offset + 1)
    }

    /// `39 ans`, `neuf ans` at `index` (`d’Arkéa, trois ans après …`: a time after a name is no age).
    private func hasAge(at index: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: index)
        guard let number = cursor.peek(), number.isWord,
              (number.length <= 2 && number.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }) || Lexicon.ageNumerals.contains(number)
        else { return false }
        return cursor.lookahead(1) { $0.isWord && $0.length == 3 && $0.folded == "ans" }
            && !cursor.lookahead(2) { $0.isWord && Lexicon.timeAfterAges.contains($0) }
    }

    private static let indefiniteArticles: WordSet = ["un", "une"]

    /// `Dianelys Borrero Pileta (-57 kg)`: a weight class in brackets after a name is a judoka's,
    /// a boxer's or a lifter's, so a person's.
    func hasWeightClassAfter(_ end: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: end)
        guard cursor.lookahead(1, { $0.symbol == "(" }) else { return false }
        let sign = cursor.lookahead(2) { $0.symbol == "-" || $0.symbol == "+" || $0.symbol == "−" } ? 1 : 0
        return cursor.lookahead(2 + sign) { $0.isWord && $0.length <= 3 && $0.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
            && cursor.lookahead(3 + sign) { $0.isWord && $0.length == 2 && $0.folded == "kg" }
            && cursor.lookahead(4 + sign) { $0.symbol == ")" }
    }
}

extension Lexicon {
    /// `Leonela, neuf ans`: ages written in words, up to the tens (`dix-sept` is one token).
    /// Source: hand-written, French numerals.
    static let ageNumerals: WordSet = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf", "vingt", "trente", "quarante", "cinquante",
        "soixante"]
    /// (`trois ans après`, `deux ans plus tard`: a lapse of time, not an age.)
    static let timeAfterAges: WordSet = ["apres", "plus", "avant", "auparavant", "durant", "pendant", "depuis", "jour"]
}
