/// `Fonds pour le développement de la culture et de l’éducation`, `Comité pour la protection des
/// journalistes`, `Fonds mondial pour la nature`: an institution's head (and one adjective)
/// named by its purpose after `pour` or `contre`. The purpose is a determiner and lower-case
/// nouns (with their adjectives) joined by `de`, `et` or an article, and the name ends where the
/// sentence goes on: at a mark, a verb or a clause word (a capital or a number there: no name).
enum PurposeInstitutionRule: SpanRule {
    /// (A set literal at a call builds its table at every call.)
    private static let purposePrepositions: WordSet = ["pour", "contre"]
    private static let indefiniteDeterminers: WordSet = ["un", "une", "plusieurs", "quelques", "certains", "certaines"]

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), head.isWord, head.isCapitalized, !head.isAcronym, head.has(.organisationHeads)
        else { return .pass }
        var offset = 1
        if cursor.lookahead(offset, { $0.isWord && !$0.isCapitalized && finder.isAdjective($0) }) { offset += 1 }
        guard cursor.word(offset, in: purposePrepositions),
              cursor.lookahead(offset + 1, { $0.isWord && ($0.afterElision || Lexicon.determiners.contains($0)) }) else { return .pass }
        // The purpose, word by word: after a link (`de`, `et`, an article) a noun, after a noun
        // its adjectives or a link; any other word is the sentence's verb.
        var last = offset + 1
        var expectingNoun = !(cursor.peek(offset + 1)?.afterElision ?? false)
        var nouns = expectingNoun ? 0 : 1
        while let token = cursor.peek(last + 1), last - offset <= 14 {
            // (`la coopération commerciale, économique et technique`: adjectives listed with commas.)
            if token.symbol == ",", !expectingNoun, finder.joinsListedAdjectives(at: cursor.index + last + 1) {
                last += 1
                continue
            }
            guard token.isWord, !token.isCapitalized, !finder.isCardinal(token), !Lexicon.clauseWords.contains(token),
                  // (`… de la faune et une dizaine de paysans`: an indefinite determiner opens the sentence's next noun.)
                  !Self.indefiniteDeterminers.contains(token) else { break }
            // (`… pour le climat et aux prêts de …`: `et` before `au`, `aux` or `à` joins the sentence's next object.)
            if token.isFold("et"),
               cursor.lookahead(last + 2, { $0.isWord && ($0.isFold(oneOf: ["au", "aux"]) || $0.isPrepositionA) }) { break }
            if token.afterElision {
                nouns += 1
                expectingNoun = false
            } else if Lexicon.purposeLinks.contains(token) {
                expectingNoun = true
            } else if expectingNoun {
                nouns += 1
                expectingNoun = false
            } else if !finder.isAdjective(token) {
                break
            }
            last += 1
        }
        // (The purpose ends on a noun or an adjective, not on `de`, `et` or an article.)
        while last > offset + 1, let token = cursor.peek(last), !token.afterElision, Lexicon.purposeLinks.contains(token) { last -= 1 }
        guard nouns >= 1, !cursor.lookahead(last + 1, { $0.isWord && ($0.isCapitalized || finder.isCardinal($0)) }) else { return .pass }
        let end = cursor.index + last
        return .name(finder.makeCandidate(cursor.index, end, type: .org), next: end + 1)
    }
}

extension Lexicon {
    /// Function words inside a purpose that end none (`de`, `et`, articles).
    /// Source: hand-written, French grammar.
    static let purposeLinks: WordSet = ["de", "des", "du", "et", "la", "le", "les", "aux", "au", "en", "sur"]
}
