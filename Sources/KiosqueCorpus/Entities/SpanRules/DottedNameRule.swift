/// `hub.brussels`, `Génération.s`: words glued by a full stop (no space on either side) are one
/// name, a brand's or a site's: a sentence's full stop has a space after it.
enum DottedNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let first = cursor.peek(), first.isWord, first.length >= 2, isGluedDot(cursor, 1),
              let firstByte = first.folded.utf8.first, !(0x30...0x39).contains(firstByte),
              first.folded != "www" else { return .pass }
        var offset = 2
        while isGluedDot(cursor, offset + 1) { offset += 2 }
        var candidate = finder.makeCandidate(cursor.index, cursor.index + offset, type: nil)
        candidate.fallbackType = .org
        return .name(candidate, next: cursor.index + offset + 1)
    }

    /// Whether a full stop at `offset` is glued to the word before it and to a lower-case word after it.
    static func isGluedDot(_ cursor: TokenCursor, _ offset: Int) -> Bool {
        guard let dot = cursor.peek(offset), dot.symbol == ".", let before = cursor.peek(offset - 1),
              let after = cursor.peek(offset + 1), after.isWord, !after.isCapitalized else { return false }
        return before.utf8.upperBound == dot.utf8.lowerBound && dot.utf8.upperBound == after.utf8.lowerBound
    }
}
