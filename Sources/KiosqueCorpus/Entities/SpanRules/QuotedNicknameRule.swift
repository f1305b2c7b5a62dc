/// `que tout le monde appelle « Chebo »`, `Doroteo Tamarit, dit « Murciélago »`: a capitalised
/// quotation after a verb of calling is someone's nickname, a second name for a person named
/// before, no work's title. It is kept only where the article names it again (a nickname alone
/// says nothing the person's entity does not).
enum QuotedNicknameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard cursor.peek()?.symbol == "«", cursor.isCapitalised(1), cursor.word(-1, in: Lexicon.callingVerbs) else { return .pass }
        var offset = 1
        while offset <= 5, let token = cursor.peek(offset) {
            if token.symbol == "»" {
                guard offset > 1 else { return .none }
                var nickname = finder.makeCandidate(cursor.index + 1, cursor.index + offset - 1, type: .person)
                nickname.needsConfirmation = true
                return .name(nickname, next: cursor.index + offset + 1)
            }
            guard token.isWord else { return .pass }
            offset += 1
        }
        return .pass
    }
}

extension Lexicon {
    /// Verbs and participles that give someone a name. Source: hand-written, French verbs.
    static let callingVerbs: WordSet = ["appelle", "appellent", "appelait", "appelaient", "surnomme", "surnommee",
        "surnomment", "surnommait", "surnommaient", "dit", "dite", "alias"]
}
