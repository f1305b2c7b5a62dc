/// `plus de 200 000 Honduriens`, `des milliers de Cubains`, `des centaines de Havanais`: a
/// people's word in the plural after a number, or after `de` and a noun of quantity, counts
/// people; it names nothing (`trois Vorlanais` alike, while `Trois-Rivières` is one word).
enum CountedPeopleRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.isWord, token.isCapitalized, !token.isAcronym, !token.afterElision,
              let last = token.folded.utf8.last, last == 0x73 || last == 0x78, !cursor.isCapitalised(1),  // `-s`, `-x`
              !token.has(.places), !Lexicon.cities.contains(token),
              token.has(.nationalityAdjectives) || Lexicon.demonymEnding.end(token.folded),
              let previous = cursor.peek(-1), previous.isWord, !previous.isCapitalized else { return .pass }
        // (`Ax 3 Domaines`: a number inside a name is part of it.)
        if finder.isCardinal(previous) { return cursor.isCapitalised(-2) ? .pass : .none }
        // `140 jeunes Dominiquais`, `de nombreux Haïtiens`.
        if Lexicon.peopleCountWords.contains(previous) { return .none }
        // `des milliers de Cubains`, `90 % de Gabonais`.
        guard previous.length == 2, previous.folded == "de",
              cursor.word(-2, in: Lexicon.quantityNouns) || cursor.peek(-2)?.symbol == "%" else { return .pass }
        return .none
    }
}

extension Lexicon {
    /// Nouns of quantity whose `de` complement is what is counted (`des milliers de …`).
    /// Source: hand-written, French nouns of number.
    static let quantityNouns: WordSet = ["dizaines", "dizaine", "douzaine", "douzaines", "vingtaine", "trentaine",
        "quarantaine", "cinquantaine", "centaine", "centaines", "millier", "milliers", "million", "millions",
        "majorite", "plupart", "moitie", "nombre", "foule", "groupe", "poignee", "tiers", "quart"]

    /// Words that count the people a plural names (`140 jeunes Dominiquais`, `nombreux Haïtiens`).
    /// Source: hand-written, French quantifiers and adjectives of age.
    static let peopleCountWords: WordSet = ["jeunes", "nombreux", "nombreuses", "quelques", "certains", "certaines",
        "autres", "tous", "toutes", "plusieurs"]
}
