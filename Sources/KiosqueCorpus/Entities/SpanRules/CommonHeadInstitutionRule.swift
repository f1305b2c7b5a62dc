/// `Centre national des ouragans`: a head that is also a common capitalised word is a name
/// only with an adjective and a complement, or with a name of its own right after it (`Centre
/// Pompidou`, `Palais Brongniart`: a surname or a word no list knows, not a place's or a given name).
/// (`le Gouvernement jurassien`, `le Gouvernement de Navarre`: a government written with a capital
/// inside a sentence is an executive's name with its adjective or complement alone.)
enum CommonHeadInstitutionRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), head.has(.notNames), head.has(.organisationHeads),
              let end = finder.institutionEnd(from: cursor.index) else { return .pass }
        guard end >= cursor.index + 3 || (end == cursor.index + 1 && isOwnName(cursor.peek(1)))
                || (end > cursor.index && isCapitalisedGovernment(head)) else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }

    private static func isCapitalisedGovernment(_ head: NameToken) -> Bool {
        !head.sentenceStart && head.length == 12 && head.folded == "gouvernement"
    }

    private static func isOwnName(_ token: NameToken?) -> Bool {
        guard let token, token.isWord, token.isCapitalized, !token.isAcronym, !token.afterElision, !token.has(.notNames),
              !token.has(.places), !Lexicon.cities.contains(token), !token.isGivenName, !Lexicon.commonWords.contains(token)
        else { return false }
        return true
    }
}
