/// `la loi 87-01`, `l’arrêt 168-13`, `la loi 27.791`, `la résolution 1701`: a legal text named by
/// its number keeps its lower-case noun. (`la loi 3 fois votée`: one digit counts, it names nothing.)
enum NumberedLegalTextRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard cursor.word(0, in: Lexicon.numberedLegalTextNouns), let end = numberEnd(after: cursor.index, in: finder.tokens)
        else { return .pass }
        return .name(finder.makeCandidate(cursor.index, end, type: .misc), next: end + 1)
    }

    /// The last token of a text's number after `index`: digits, with `-`, `.` or `/` glued between
    /// them (two digits at least), not followed by a unit; nil otherwise.
    static func numberEnd(after index: Int, in tokens: [NameToken]) -> Int? {
        var end = index + 1
        guard end < tokens.count, tokens[end].isWord, isDigits(tokens[end]) else { return nil }
        var digits = tokens[end].folded.utf8.count
        // (`27.791`, `87-01` as the tokenizer splits them: marks and digits glued together.)
        while end + 2 < tokens.count, ["-", ".", "/"].contains(tokens[end + 1].symbol),
              tokens[end + 1].utf8.lowerBound == tokens[end].utf8.upperBound,
              tokens[end + 2].utf8.lowerBound == tokens[end + 1].utf8.upperBound, tokens[end + 2].isWord, isDigits(tokens[end + 2]) {
            digits += tokens[end + 2].folded.utf8.count
            end += 2
        }
        guard digits >= 2, !(end + 1 < tokens.count && (tokens[end + 1].symbol == "%"
            || tokens[end + 1].isWord && Lexicon.unitWords.contains(tokens[end + 1]))) else { return nil }
        return end
    }

    /// Digits, or digits joined by hyphens the fold turned into spaces (`87-01` in one token).
    private static func isDigits(_ token: NameToken) -> Bool {
        let bytes = token.folded.utf8
        guard let first = bytes.first, first >= 0x30 && first <= 0x39, let last = bytes.last, last >= 0x30 && last <= 0x39 else { return false }
        return bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x20 || $0 == 0x2E || $0 == 0x2F }
    }
}

extension Lexicon {
    /// Lower-case nouns of legal texts named by a number. Source: hand-written, French legal vocabulary.
    static let numberedLegalTextNouns: WordSet = ["loi", "decret", "arret", "arrete", "ordonnance", "resolution", "decret loi"]
}

extension NumberedLegalTextRule: LowerCaseStartRule {
    static var lowerCaseStarts: WordSet { Lexicon.numberedLegalTextNouns }
    static func mayName(fromLowerCaseAt cursor: TokenCursor) -> Bool {
        cursor.lookahead(1) { $0.isWord && ($0.folded.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) }
    }
}
