import KiosqueText

/// The analysis shared by indexing and querying, so that both see the same terms.
enum SearchAnalysis {
    static let analyzer = FrenchAnalyzer()

    /// The words of a query fragment, one per position (a hyphenated word gives its parts),
    /// lower-cased, elided, accents kept.
    static func phraseTerms(_ text: String) -> [String] {
        var words: [String] = []
        var lastPosition = -1
        for token in analyzer.analyze(text) {
            if token.position == lastPosition { words.removeLast() }  // prefer the parts over the whole
            words.append(token.normalized)
            lastPosition = token.position
        }
        return words
    }

    /// The stem a word is indexed under (folded after stemming, as the analyzer does).
    static func stem(_ normalized: String) -> String {
        let hasDigit = normalized.unicodeScalars.contains { ("0"..."9").contains($0) }
        return hasDigit ? TextFolding.foldAccents(normalized) : TextFolding.foldAccents(FrenchStemmer.stem(normalized))
    }
}
