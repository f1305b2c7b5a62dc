extension Lexicon {
    /// The ending lists of `Lexicon+Grammar`, as `WordEndings` to test words against.
    static let adjectiveEnding = WordEndings(adjectiveEndings)
    static let demonymEnding = WordEndings(demonymEndings)
    static let singularDemonymEnding = WordEndings(singularDemonymEndings)
    static let relationalEnding = WordEndings(relationalEndings)
    static let tradeEnding = WordEndings(tradeEndings)
}
