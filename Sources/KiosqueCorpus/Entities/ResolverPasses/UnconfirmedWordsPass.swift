/// Drops a sentence's capitalised first word unless the same word is seen capitalised
/// elsewhere (as a name of its own, or a word of a longer name, not at a sentence start), and
/// weak words (demonyms, common nouns) that nothing typed.
enum UnconfirmedWordsPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        // (By index throughout: a candidate handed to a closure is a copy, retaining its strings.)
        let candidates = resolution.candidates
        var confirming: [String] = []
        if candidates.indices.contains(where: { candidates[$0].needsConfirmation }) {
            for index in candidates.indices where !candidates[index].needsConfirmation {
                confirming.append(candidates[index].folded)
            }
        }
        let dropped = candidates.indices.filter { index in
            let folded = candidates[index].folded
            return (candidates[index].needsConfirmation && !confirming.contains { MentionResolver.hasWord(folded, in: $0) }
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

    /// `ostrelle` in `l'ostrelle`: a sentence's `L’Ostrelle` is confirmed by the name that keeps
    /// its article inside a sentence (and joins it, see `ShortFormPass`).
    private static func isElided(_ word: String, in name: String) -> Bool {
        guard let article = MentionResolver.elidedArticleLength(name), name.utf8.count == article + word.utf8.count else { return false }
        return name.utf8.dropFirst(article).elementsEqual(word.utf8)
    }
}
