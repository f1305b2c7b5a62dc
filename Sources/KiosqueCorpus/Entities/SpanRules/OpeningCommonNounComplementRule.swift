/// `Meurtre de Lège-Cap-Ferret : …`, `Invité de la RTBF, …`: a sentence's capitalised first
/// word, a French common noun that heads no known kind of name, before `de` and a name, is
/// the sentence's word: the name starts after it.
enum OpeningCommonNounComplementRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let noun = cursor.peek(), noun.sentenceStart, !noun.isAcronym, finder.hasCommonWordHead(noun),
              let link = cursor.peek(1), link.isWord else { return .pass }
        // `de Name`, `du Name`, `de la Name`, `d’Name`.
        let opensComplement = ["de", "du", "des"].contains(link.folded)
            && (cursor.isCapitalised(2) || (cursor.peek(2)?.folded == "la" && cursor.isCapitalised(3)))
        guard opensComplement || (finder.elidedDe(link) && link.isCapitalized) else { return .pass }
        let word = noun.folded
        let headsNames = Lexicon.organisationHeads.contains(word) || Lexicon.miscHeads.contains(word)
            || Lexicon.prenominalAdjectives.contains(word) || Lexicon.placeFirstWords.contains(word)
            || Lexicon.featureNouns.contains(word) || Lexicon.places.contains(word)
            // (`Originaire de Loudun, …`: a class noun of where someone comes from heads no name.)
            || (Lexicon.classNouns[word] != nil && !Lexicon.originWords.contains(word))
            || Lexicon.gazetteer[word] != nil || Lexicon.venueNouns.contains(word)
        return headsNames ? .pass : .none
    }
}
