/// Drops a sentence's capitalised first word unless the same word is seen capitalised
/// elsewhere (as a name of its own, or a word of a longer name, not at a sentence start), and
/// weak words (demonyms, common nouns) that nothing typed.
enum UnconfirmedWordsPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        let confirming = resolution.candidates.contains(where: \.needsConfirmation)
            ? resolution.candidates.filter { !$0.needsConfirmation }.map(\.folded) : []
        resolution.candidates.removeAll { candidate in
            (candidate.needsConfirmation && !confirming.contains { MentionResolver.hasWord(candidate.folded, in: $0) })
                || (candidate.isWeak && candidate.type == nil)
        }
    }
}
