/// The French analysis chain: tokenize → lowercase → elision → stop word? → stem → fold.
///
/// Tokens are runs of letters and digits, with apostrophes and hyphens inside them. An elided
/// article (`l’`, `qu'`) is cut off the token and its offsets. A hyphenated word is emitted
/// whole and then part by part (`díaz-canel`, `díaz`, `canel`): the whole shares the first
/// part's position and the parts take consecutive positions, so phrase queries work on either.
/// Offsets always index the original text, in UTF-8 bytes and UTF-16 code units.
public struct FrenchAnalyzer: Sendable {
    public init() {}

    /// Every token of `text`, in order.
    public func analyze(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        for word in WordScanner.words(in: text) {
            let parts = word.parts
            if parts.count > 1 {
                tokens.append(makeToken(word.text, utf8: word.utf8, utf16: word.utf16, position: position, stem: false))
            }
            for (index, part) in parts.enumerated() {
                tokens.append(makeToken(part.text, utf8: part.utf8, utf16: part.utf16, position: position + index, stem: true))
            }
            position += parts.count
        }
        return tokens
    }

    /// The terms of `text` as a query sees them (no offsets needed): folded forms and stems.
    public func terms(_ text: String) -> [Token] {
        analyze(text)
    }

    private func makeToken(_ original: Substring, utf8: Range<Int>, utf16: Range<Int>, position: Int, stem: Bool) -> Token {
        let normalized = Elision.unifyApostrophes(TextFolding.composed(String(original)).lowercased())
        let folded = TextFolding.foldAccents(normalized)
        let hasDigit = normalized.unicodeScalars.contains { ("0"..."9").contains($0) }
        let stemmed = stem && !hasDigit ? TextFolding.foldAccents(StemCache.stem(normalized)) : folded
        return Token(original: String(original), normalized: normalized, folded: folded, stem: stemmed,
                     isStopWord: StopWords.contains(folded: folded), position: position,
                     utf8Range: utf8, utf16Range: utf16)
    }
}

/// Stems are pure functions of the word: a small per-thread cache is not worth its locking,
/// so this simply calls the stemmer (kept as a seam for a future cache).
enum StemCache {
    static func stem(_ word: String) -> String {
        FrenchStemmer.stem(word)
    }
}
