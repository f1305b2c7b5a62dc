/// Institutions whose written-out name runs past `contre`, `à` or `pour` up to their acronym.
extension SpanFinder {
    /// `Office central de lutte contre la corruption … (OCLCIFF)`, `Secrétariat d’État à
    /// l’économie (SECO)`: after an institution head, a name that `expansionEnd` stops short of
    /// (at `contre`, `à`, `pour`) reaches an acronym or short name in parentheses that starts
    /// with the head's letter; the last token before the parenthesis. Only words, commas and
    /// apostrophes may lie between, and no verb or relative pronoun.
    func anchoredExpansionEnd(start: Int, after end: Int) -> Int? {
        let head = tokens[start]
        guard head.isWord, head.has(.organisationHeads) else { return nil }
        var cursor = end + 1
        while cursor < tokens.count && cursor - end <= Self.anchoredReach {
            let token = tokens[cursor]
            if token.symbol == "(" {
                guard cursor > end + 1, cursor + 2 < tokens.count, tokens[cursor + 2].symbol == ")" else { return nil }
                let alias = tokens[cursor + 1]
                guard alias.length >= 3, alias.isAcronym || isAliasWord(alias),
                      alias.folded.utf8.first == head.folded.utf8.first else { return nil }
                return cursor - 1
            }
            if token.isWord {
                if Lexicon.clauseWords.contains(token) { return nil }
            } else if token.symbol != "," && token.symbol != "'" && token.symbol != "’" {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// How many tokens past a name's end its acronym may come.
    static let anchoredReach = 16
}
