/// `tribunal correctionnel de …`, `préfecture de …`, `université …`: a body written in lower
/// case keeps its head when a capitalised name completes it (`hôpital Édouard-Herriot`: a
/// hospital only when the name follows the head directly; `communauté` only as a grouping of
/// communes: `communauté d’agglomération du Pays de Gex`).
enum LowerCaseInstitutionRule: SpanRule {
    /// (Set literals at a call build their tables at every call.)
    private static let de: WordSet = ["de"], du: WordSet = ["du"], la: WordSet = ["la"]

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), !head.isCapitalized, head.length >= 4, head.length <= 12,
              head.has(.lowerCaseHeads),
              Lexicon.qualifiedLowerCaseHeads[head.folded].map({ cursor.word(1, in: $0) || (cursor.word(1, in: de) && cursor.word(2, in: $0)) }) ?? true,
              cursor.isCapitalised(1) || !Lexicon.directNameHeads.contains(head) || namedAfterAdjective(cursor, in: finder),
              let end = finder.institutionEnd(from: cursor.index),
              end > cursor.index, let capital = (1...(end - cursor.index)).first(where: cursor.isCapitalised) else { return .pass }
        // (`le conseil d’administration du Conseil interprofessionnel …`: a board of a body named
        // after it; the body's own name starts at its capital.)
        if capital >= 2, cursor.word(capital, is: .organisationHeads) { return .none }
        // (`la chambre patronale kazakhe Atameken`: a people's adjective right before the capital
        // ends a description; the name in apposition is the body's own.)
        if capital >= 2, cursor.lookahead(capital - 1, { $0.isWord && !$0.isCapitalized && $0.has(.nationalityAdjectives) }) {
            return .pass
        }
        // (`la 10e chambre du tribunal judiciaire de Paris`: a part of another lower-case body.)
        if cursor.word(1, in: du) && cursor.word(2, is: .lowerCaseHeads)
            || cursor.word(1, in: de) && cursor.word(2, in: la) && cursor.word(3, is: .lowerCaseHeads) { return .none }
        let last = townComplementStart(cursor, capital: capital, end: end, in: finder).map { $0 - 1 } ?? end
        return .name(finder.makeCandidate(cursor.index, last, type: .org), next: last + 1)
    }

    /// `l’hôpital Princess Marina de Gaborone`, `le collège Gran Man Difou de Maripasoula`: after a
    /// hospital's or a school's own name, right after its head, `de` and a known town say where it
    /// stands; the town is no part of the name (the annotated sets leave it out 11 times out of 13).
    /// The index where the town's complement starts (`de`, or the town's token after `d’`).
    private static func townComplementStart(_ cursor: TokenCursor, capital: Int, end: Int, in finder: SpanFinder) -> Int? {
        guard capital <= 2, let head = cursor.peek(), Lexicon.directNameHeads.contains(head), end > cursor.index + capital else { return nil }
        let tokens = finder.tokens
        for index in (cursor.index + capital + 1)...end where tokens[index].isWord {
            let token = tokens[index]
            if finder.elidedDe(token), token.isCapitalized, isKnownTown(from: index, to: end, in: finder) { return index }
            if !token.isCapitalized, token.length == 2, token.folded == "de", index < end, isKnownTown(from: index + 1, to: end, in: finder) {
                return index
            }
            if !token.isCapitalized { return nil }
        }
        return nil
    }

    /// Whether the tokens from `start` to `end` are a known town or place, whole.
    private static func isKnownTown(from start: Int, to end: Int, in finder: SpanFinder) -> Bool {
        if start == end { return GazetteerRule.isKnownPlaceWord(finder.tokens[start]) }
        return GazetteerRule.knownPlaceOfWordsEnd(TokenCursor(finder.tokens, at: start), in: finder) == end
    }

    /// `hôpital pédiatrique William Soler`, `bibliothèque provinciale Alex Urquiola`: one adjective
    /// between a direct head and its capitalised name; or its town after `de` (`hôpital régional
    /// de Kaolack`: the adjective makes it the body's name, where `l’hôpital de Kaolack` is the town's;
    /// not a school's: `le lycée professionnel de Laval` is the town's). (`hôpital pédiatrique
    /// provincial Pepe Portilla`, `hôpital de réadaptation Julio Díaz`: two adjectives, or a
    /// speciality's `de` and noun, before the name.)
    private static func namedAfterAdjective(_ cursor: TokenCursor, in finder: SpanFinder) -> Bool {
        let isLowerAdjective = { (token: NameToken) in token.isWord && !token.isCapitalized && finder.isAdjective(token) }
        if cursor.word(1, in: de), cursor.lookahead(2, { $0.isWord && !$0.isCapitalized && !$0.afterElision && $0.length >= 4 && Lexicon.isCommonNoun($0) }) {
            let offset = cursor.lookahead(3, isLowerAdjective) ? 4 : 3
            return cursor.isCapitalised(offset) && !cursor.lookahead(offset, { $0.afterElision })
        }
        guard cursor.lookahead(1, isLowerAdjective) else { return false }
        if cursor.word(2, in: de), cursor.isCapitalised(3), !cursor.lookahead(3, { $0.afterElision }),
           !cursor.word(0, in: Lexicon.schoolHeads) { return true }
        let offset = cursor.lookahead(2, isLowerAdjective) ? 3 : 2
        return cursor.isCapitalised(offset) && !cursor.lookahead(offset, { $0.afterElision })
    }
}
