/// Drops a sentence's capitalised first word unless the same word is seen capitalised
/// elsewhere (as a name of its own, or a word of a longer name, not at a sentence start), and
/// weak words (demonyms, common nouns) that nothing typed.
enum UnconfirmedWordsPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        // (The folds alone, by index: filtering would copy every candidate, retaining its strings.)
        var confirming: [String] = []
        if resolution.candidates.contains(where: { $0.needsConfirmation }) {
            for index in resolution.candidates.indices where !resolution.candidates[index].needsConfirmation {
                confirming.append(resolution.candidates[index].folded)
            }
        }
        resolution.candidates.removeAll { candidate in
            (candidate.needsConfirmation && !confirming.contains { MentionResolver.hasWord(candidate.folded, in: $0) }
                && !confirming.contains { isElided(candidate.folded, in: $0) })
                || (candidate.isWeak && candidate.type == nil)
        }
    }

    /// `ostrelle` in `l'ostrelle`: a sentence's `L’Ostrelle` is confirmed by the name that keeps
    /// its article inside a sentence (and joins it, see `ShortFormPass`).
    private static func isElided(_ word: String, in name: String) -> Bool {
        guard let article = MentionResolver.elidedArticleLength(name), name.utf8.count == article + word.utf8.count else { return false }
        return name.utf8.dropFirst(article).elementsEqual(word.utf8)
    }
}
