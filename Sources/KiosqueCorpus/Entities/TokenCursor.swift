/// A position in a text's tokens that reads around itself: every look past either end of the
/// text answers nil (or false), so that rules need no bounds checks of their own.
struct TokenCursor {
    let tokens: [NameToken]
    /// The position read by `peek(0)`.
    private(set) var index: Int

    init(_ tokens: [NameToken], at index: Int) {
        self.tokens = tokens
        self.index = index
    }

    /// The token `offset` places after the cursor (before it, when negative), nil outside the text.
    func peek(_ offset: Int = 0) -> NameToken? {
        let position = index + offset
        return position >= 0 && position < tokens.count ? tokens[position] : nil
    }

    /// Whether the token `offset` places away exists and passes `test`.
    func lookahead(_ offset: Int, _ test: (NameToken) -> Bool) -> Bool {
        // (The token tested in place: no optional copy of it.)
        let position = index + offset
        return position >= 0 && position < tokens.count && test(tokens[position])
    }

    /// Whether the token `offset` places away is a word in `set` (folded).
    func word(_ offset: Int, in set: WordSet) -> Bool {
        // (Not through `lookahead`: a closure holding the set would retain its arrays.)
        guard let position = position(offset) else { return false }
        return tokens[position].isWord && set.contains(tokens[position])
    }

    /// Whether the token `offset` places away is a word in the fact's list.
    func word(_ offset: Int, is fact: LexiconFact) -> Bool {
        lookahead(offset) { $0.isWord && $0.has(fact) }
    }

    /// Whether the token `offset` places away is a capitalised word.
    func isCapitalised(_ offset: Int) -> Bool {
        lookahead(offset) { $0.isWord && $0.isCapitalized }
    }

    /// The absolute position `offset` places away when it lies inside the text.
    func position(_ offset: Int) -> Int? {
        let position = index + offset
        return position >= 0 && position < tokens.count ? position : nil
    }

    /// Moves `count` tokens on (back, when negative), stopping at either end of the text.
    mutating func advance(by count: Int = 1) {
        index = min(max(index + count, -1), tokens.count)
    }

    /// Whether the cursor stands on a token of the text.
    var isInside: Bool { index >= 0 && index < tokens.count }
}
