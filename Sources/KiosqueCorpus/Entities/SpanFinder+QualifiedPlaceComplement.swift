/// `les dépôts pétroliers de Vorlac`, `le champ captant de Brenvik`: a common noun and one
/// adjective or present participle before `de`, whose complement an unknown single name is,
/// says where the thing stands, as the bare noun does (`isPlaceComplement`).
extension SpanFinder {
    func isQualifiedPlaceComplement(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        let adjectiveOffset: Int
        if elidedDe(tokens[start]) { adjectiveOffset = -1 } else if cursor.lookahead(-1, { $0.isWord && $0.length == 2 && $0.folded == "de" }) { adjectiveOffset = -2 } else { return false }
        guard let adjective = cursor.peek(adjectiveOffset), adjective.isWord, !adjective.isCapitalized,
              isAdjective(adjective) || Self.isPresentParticiple(adjective),
              adjective.classNounType == nil, let noun = cursor.peek(adjectiveOffset - 1) else { return false }
        // The noun passes the tests of the bare complement: no owner, maker, title or part of a body.
        // (The word list holds singulars: `dépôts` is looked up as `depot`.)
        guard noun.isWord, !noun.isCapitalized, noun.length >= 4,
              Lexicon.commonWords.contains(noun) || noun.folded.hasSuffix("s") && Lexicon.commonWords.contains(String(noun.folded.dropLast())),
              !noun.has(.companyOwnerNouns), !noun.has(.madeThings),
              !noun.has(.titles), !noun.has(.bodyPartNouns) else { return false }
        if let type = classType(of: noun) { return type == .place }
        return true
    }

    /// `captant`, `restants`: a lower-case word of six letters or more ending in `-ant(s)`.
    static func isPresentParticiple(_ token: NameToken) -> Bool {
        token.length >= 6 && (token.folded.hasSuffix("ant") || token.folded.hasSuffix("ants"))
    }

    /// `menacé`, `fermées`: a word ending like a past participle of the first group (`-é`, `-ée`,
    /// `-és`, `-ées`), read on its bytes since folding drops the accent.
    func isPastParticiple(_ token: NameToken) -> Bool {
        var bytes = utf8[token.utf8]
        if bytes.last == 0x73 { bytes = bytes.dropLast() }  // s
        if bytes.last == 0x65 { bytes = bytes.dropLast() }  // e
        return bytes.count >= 4 && bytes.suffix(2).elementsEqual([0xC3, 0xA9])  // é
    }
}
