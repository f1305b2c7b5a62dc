/// What the word lists say of a token, read from the bits it got when it was tokenized
/// (`LexiconFact`): each answer is the list's own for the token's fold.
extension NameToken {
    /// Whether the fact's list holds this token's fold.
    func has(_ fact: LexiconFact) -> Bool { facts & fact.bit != 0 }

    /// `Lexicon.isGivenName` of the fold: a listed given name, or two joined by a hyphen.
    var isGivenName: Bool {
        // (The long list by the token's own hash.)
        has(.givenNames) || Lexicon.dictionaryGivenNames.contains(self) || Lexicon.isCompoundGivenName(folded)
    }

    /// The type `Lexicon.classNouns` gives this token's fold, if it is a class noun.
    var classNounType: EntityType? {
        if facts & LexiconFact.orgClassNoun.bit != 0 { return .org }
        if facts & LexiconFact.placeClassNoun.bit != 0 { return .place }
        if facts & LexiconFact.miscClassNoun.bit != 0 { return .misc }
        if facts & LexiconFact.personClassNoun.bit != 0 { return .person }
        return nil
    }
}
