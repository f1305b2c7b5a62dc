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
        var cache: [String: String] = [:]
        return analyze(text, stems: &cache)
    }

    /// The folded surface form of every word of `text` (a hyphenated word whole, then its
    /// parts) with its UTF-16 range: the cheapest view of a text, for highlighting.
    public func foldedWords(_ text: String) -> [(folded: String, utf16Range: Range<Int>)] {
        var words: [(folded: String, utf16Range: Range<Int>)] = []
        for word in WordScanner.words(in: text) {
            if word.parts.count > 1 { words.append((TextFolding.foldAccents(String(word.text)), word.utf16)) }
            for part in word.parts { words.append((TextFolding.foldAccents(String(part.text)), part.utf16)) }
        }
        return words
    }

    /// Every token of `text`, reusing and filling `stems` (normalized word → stem): the
    /// stemmer is the costly step and a corpus repeats its words.
    public func analyze(_ text: String, stems: inout [String: String]) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        for word in WordScanner.words(in: text) {
            let parts = word.parts
            if parts.count > 1 {
                tokens.append(makeToken(word.text, utf8: word.utf8, utf16: word.utf16, position: position, stem: false, stems: &stems))
            }
            for (index, part) in parts.enumerated() {
                tokens.append(makeToken(part.text, utf8: part.utf8, utf16: part.utf16, position: position + index,
                                        stem: true, stems: &stems))
            }
            position += parts.count
        }
        return tokens
    }

    private func makeToken(_ original: Substring, utf8: Range<Int>, utf16: Range<Int>, position: Int, stem: Bool,
                           stems: inout [String: String]) -> Token {
        let normalized = Elision.unifyApostrophes(TextFolding.composed(String(original)).lowercased())
        let folded = TextFolding.foldAccents(normalized)
        let hasDigit = normalized.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }  // ASCII digits, as bytes
        var stemmed = folded
        if stem && !hasDigit {
            if let cached = stems[normalized] {
                stemmed = cached
            } else {
                stemmed = TextFolding.foldAccents(FrenchStemmer.stem(normalized))
                stems[normalized] = stemmed
            }
        }
        return Token(original: String(original), normalized: normalized, folded: folded, stem: stemmed,
                     isStopWord: StopWords.contains(folded: folded), position: position,
                     utf8Range: utf8, utf16Range: utf16)
    }
}
