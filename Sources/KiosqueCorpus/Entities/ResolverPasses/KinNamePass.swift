/// `Aldéric Ferland, mort en 2019 …` then `Colombe Ferland garde une bobine`: a name of two
/// words that nothing typed, whose second word is the surname of a person of the article, is
/// a relative's. (A body named after someone shows what it is: `Fondation Ferland`, `Banque
/// Ferland` are typed by their head before this pass.)
enum KinNamePass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        guard !resolution.surnames.isEmpty else { return }
        for group in resolution.groups where !group.isEmpty {
            guard group.allSatisfy({ isUntypedPair(resolution.candidates[$0]) }) else { continue }
            let folded = resolution.candidates[group[0]].folded
            guard let space = folded.firstIndex(of: " "), let lastSpace = folded.lastIndex(of: " ") else { continue }
            let first = String(folded[..<space]), surname = String(folded[folded.index(after: lastSpace)...])
            guard !resolution.ambiguous.contains(surname), let person = resolution.surnames[surname], person != folded,
                  person.hasSuffix(" " + surname),
                  !Lexicon.organisationHeads.contains(first), !Lexicon.organisationWords.contains(first),
                  !Lexicon.titles.contains(first),
                  // (A given name that is also a word, `Colombe`, `Rose`; not a verb opening a sentence, `Chanter Salas`.)
                  Lexicon.dictionaryGivenNames.contains(first) || Lexicon.givenNames.contains(first)
                    || Lexicon.commonWords.contains(first)
            else { continue }
            for member in group { resolution.candidates[member].fallbackType = .person }
        }
    }

    /// Two words with no type and a body's fallback.
    private static func isUntypedPair(_ candidate: Candidate) -> Bool {
        candidate.tokenCount == 2 && candidate.type == nil && candidate.fallbackType == .org && !candidate.isAcronymOnly
    }
}
