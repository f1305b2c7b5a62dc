/// `Marin Quelvoux, maire de Brenvik`, `Lia Dorvane, la chanteuse du groupe`, `Yao Kervenel, qui
/// préside la coopérative`: a name of several words followed by a comma and a title, a trade or
/// the verb of one who leads is a person's, whatever its words (a body's apposition names what
/// it is: `le groupe`, `la société`, see `classNounInApposition`).
extension SpanFinder {
    func roleAfter(_ end: Int, start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: end)
        guard cursor.lookahead(1, { $0.symbol == "," }), let opening = cursor.peek(2), opening.isWord, !opening.isCapitalized,
              !endsFrontedPhrase(start) else { return false }
        if opening.length == 3, opening.folded == "qui" { return cursor.word(3, in: Lexicon.leadingVerbs) }
        if opening.afterElision, opening.isFold(oneOf: ["un", "une"]) { return isOneOfATrade(cursor) }
        var offset = 2
        if opening.has(.singularArticles) { offset = 3 } else if opening.afterElision && !elidedDe(opening) { offset = 2 }
        // (`…, mère de cinq enfants`: kin with its complement, said of people only; `mère` ends like an adjective.)
        if cursor.lookahead(offset, { Lexicon.kinNouns.contains($0) }) {
            return cursor.lookahead(offset + 1) { $0.isWord && ($0.isFold(oneOf: ["de", "du", "des"]) || elidedDe($0)) }
        }
        if cursor.lookahead(offset, { $0.isWord && !$0.isCapitalized && isAdjective($0) && !$0.has(.occupationNouns) }) { offset += 1 }
        guard let noun = cursor.peek(offset), noun.isWord, !noun.isCapitalized, offset == 2 || !noun.afterElision else { return false }
        guard isOccupationNoun(noun) || (noun.has(.titles) && !Lexicon.rankWords.contains(noun))
        else { return false }
        // (`…, maire de`, `…, chanteuse franco-belge,`: a role goes on with its complement, an
        // adjective or a pause; `…, jugé depuis` is a participle that folds like `juge`.)
        guard let next = cursor.peek(offset + 1) else { return true }
        return [",", ".", ";", ")"].contains(next.symbol) || (next.isWord && (Lexicon.roleComplementWords.contains(next)
            || elidedDe(next) || (!next.isCapitalized && isAdjective(next))))
    }

    /// `…, l’un des six pêcheurs du lac`: one of the people of a trade (`…, l’un des leaders du
    /// marché` is said of companies too; no trade of the list is).
    private func isOneOfATrade(_ cursor: TokenCursor) -> Bool {
        guard cursor.lookahead(3, { $0.isWord && $0.length == 3 && $0.folded == "des" }) else { return false }
        let offset = cursor.lookahead(4, { $0.isWord && isCardinal($0) }) ? 5 : 4
        return cursor.lookahead(offset) { noun in
            noun.isWord && !noun.isCapitalized && noun.folded.hasSuffix("s")
                && Lexicon.occupationNouns.contains(String(noun.folded.dropLast()))
        }
    }
}

extension Lexicon {
    /// Words that open a role's complement (`maire de …`, `médecin au …`).
    /// Source: hand-written, French prepositions.
    static let roleComplementWords: WordSet = ["de", "du", "des", "au", "aux", "chez", "a"]
    /// Verbs of one who leads, after `qui` (`…, qui préside`).
    /// Source: hand-written, French verbs.
    static let leadingVerbs: WordSet = ["preside", "presidait", "dirige", "dirigeait", "anime", "animait", "coordonne"]
    /// Titles that also rank things (`…, premier constructeur`, `…, leader du marché`): no
    /// evidence after a name. Source: hand-written, French words.
    static let rankWords: WordSet = ["premier", "premiere", "general", "generale", "leader", "saint", "sainte", "vice",
        "don", "chef", "representant", "representante", "heros", "pere", "frere", "soeur", "dirigeant", "dirigeante"]
}
