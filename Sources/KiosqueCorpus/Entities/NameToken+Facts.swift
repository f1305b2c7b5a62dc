/// What the word lists say of a token, read from the bits it got when it was tokenized
/// (`LexiconFact`): each answer is the list's own for the token's fold.
extension NameToken {
    /// Whether the fact's list holds this token's fold.
    func has(_ fact: LexiconFact) -> Bool { facts & fact.bit != 0 }

    /// `Lexicon.isGivenName` of the fold: a listed given name, or two joined by a hyphen.
    var isGivenName: Bool {
        // (The long list by the token's own hash.)
        has(.givenNames) || Lexicon.dictionaryGivenNames.contains(self) || Lexicon.isCompoundGivenName(folded)
            || Lexicon.isAbdGivenName(folded)
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

extension NameToken {
    /// The tokens' folds joined by spaces (what `map(\.folded).joined(separator: " ")` gives),
    /// without the array of folds; one token's fold is returned as it is.
    static func joinedFolds(_ tokens: some Collection<NameToken>) -> String {
        guard tokens.count > 1 else { return tokens.first?.folded ?? "" }
        var joined = ""
        let count = tokens.reduce(tokens.count - 1) { $0 + $1.folded.utf8.count }
        if count > 15 { joined.reserveCapacity(count) }  // (Up to 15 bytes a string is stored inline.)
        for (position, token) in tokens.enumerated() {
            if position > 0 { joined += " " }
            joined += token.folded
        }
        return joined
    }
}

extension NameToken {
    /// Whether the fold is `word`, a lower-case ASCII word: by byte count first, as comparing
    /// two different strings is a call (and no fold of another byte count equals such a word).
    @inline(__always)
    func isFold(_ word: String) -> Bool {
        folded.utf8.count == word.utf8.count && folded == word
    }

    /// Whether the fold is one of `words`, lower-case ASCII words (see `isFold(_:)`).
    @inline(__always)
    func isFold(oneOf words: [String]) -> Bool {
        words.contains { isFold($0) }
    }

    /// The preposition `à`, told from the verb `a` (the same fold) by its two bytes as written.
    var isPrepositionA: Bool {
        isWord && utf8.count == 2 && folded == "a"
    }
}
