import KiosqueText

/// Drops a sentence's capitalised first word unless the same word is seen capitalised
/// elsewhere (as a name of its own, or a word of a longer name, not at a sentence start), and
/// weak words (demonyms, common nouns) that nothing typed.
enum UnconfirmedWordsPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        // (By index throughout: a candidate handed to a closure is a copy, retaining its strings.)
        let candidates = resolution.candidates
        var confirming: [String] = []
        // (Only a capitalised word confirms one: `Diffusion …` opening a title is no name for
        // the `diffusion` of `Loi sur la diffusion continue en ligne`.)
        var confirmingWords: Set<String> = []
        if candidates.indices.contains(where: { candidates[$0].needsConfirmation }) {
            for index in candidates.indices where !candidates[index].needsConfirmation {
                confirming.append(candidates[index].folded)
                confirmingWords.insert(candidates[index].folded)
                insertCapitalisedWords(of: candidates[index].text, into: &confirmingWords)
            }
        }
        let dropped = candidates.indices.filter { index in
            let folded = candidates[index].folded
            return (candidates[index].needsConfirmation && !confirmingWords.contains(folded)
                && !confirming.contains { isElided(folded, in: $0) })
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

    /// The folds of the words of `name` written with a capital (`Loi sur la Vorlane` gives
    /// `loi` and `vorlane`); an elided article is cut off its word (`d’Ostrelle`).
    private static func insertCapitalisedWords(of name: String, into words: inout Set<String>) {
        for part in name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2011}" || $0 == "\u{2013}" }) {
            let word = part.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }).last ?? part
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            words.insert(TextFolding.foldName(String(word)))
        }
    }

    /// `ostrelle` in `l'ostrelle`: a sentence's `L’Ostrelle` is confirmed by the name that keeps
    /// its article inside a sentence (and joins it, see `ShortFormPass`).
    private static func isElided(_ word: String, in name: String) -> Bool {
        guard let article = MentionResolver.elidedArticleLength(name), name.utf8.count == article + word.utf8.count else { return false }
        return name.utf8.dropFirst(article).elementsEqual(word.utf8)
    }
}
