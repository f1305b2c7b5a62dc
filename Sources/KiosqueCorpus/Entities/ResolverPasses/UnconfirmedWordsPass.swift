import KiosqueText

/// Drops a sentence's capitalised first word unless the same word is seen capitalised
/// elsewhere (as a name of its own, or a word of a longer name, not at a sentence start), and
/// weak words (demonyms, common nouns) that nothing typed.
enum UnconfirmedWordsPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        // (By index throughout: a candidate handed to a closure is a copy, retaining its strings.)
        let candidates = resolution.candidates
        var confirming: [Int] = []
        if candidates.indices.contains(where: { candidates[$0].needsConfirmation }) {
            confirming = candidates.indices.filter { !candidates[$0].needsConfirmation }
        }
        let dropped = candidates.indices.filter { index in
            let folded = candidates[index].folded
            return (candidates[index].needsConfirmation && !confirming.contains { confirms(candidates[$0], folded) })
                || (candidates[index].isWeak && candidates[index].type == nil)
        }
        // (When nothing is dropped, the candidates are left as they are.)
        guard !dropped.isEmpty else { return }
        var kept: [Candidate] = []
        kept.reserveCapacity(candidates.count - dropped.count)
        var nextDropped = 0
        for index in candidates.indices {
            if nextDropped < dropped.count && dropped[nextDropped] == index {
                nextDropped += 1
            } else {
                kept.append(candidates[index])
            }
        }
        resolution.candidates = kept
    }

    /// Whether `name` confirms the sentence-start `word`: as the same name, as a word of it
    /// written there with a capital (`Diffusion …` opening a title is no name for the
    /// `diffusion` of `Loi sur la diffusion continue en ligne`), or as its elided form.
    private static func confirms(_ name: Candidate, _ word: String) -> Bool {
        if name.folded == word { return true }
        if MentionResolver.hasWord(word, in: name.folded) { return hasCapitalisedWord(word, in: name.text) }
        return isElided(word, in: name.folded)
    }

    /// Whether one of the words of `text` written with a capital folds to `word` (an elided
    /// article is cut off its word: `d’Ostrelle`).
    private static func hasCapitalisedWord(_ word: String, in text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2011}" || $0 == "\u{2013}" }).contains { part in
            let last = part.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }).last ?? part
            guard let first = last.unicodeScalars.first, first.properties.isUppercase else { return false }
            return TextFolding.foldName(String(last)) == word
        }
    }

    /// `ostrelle` in `l'ostrelle`: a sentence's `L’Ostrelle` is confirmed by the name that keeps
    /// its article inside a sentence (and joins it, see `ShortFormPass`).
    private static func isElided(_ word: String, in name: String) -> Bool {
        guard let article = MentionResolver.elidedArticleLength(name), name.utf8.count == article + word.utf8.count else { return false }
        return name.utf8.dropFirst(article).elementsEqual(word.utf8)
    }
}
