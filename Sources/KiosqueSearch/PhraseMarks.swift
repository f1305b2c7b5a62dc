/// Phrase highlights: where a phrase's words follow each other in a text's word sequence, one
/// mark from its first word to its last, which replaces the word marks inside it.
enum PhraseMarks {
    /// UTF-16 ranges of every occurrence of each phrase in `tokens` (vocabulary word numbers, -1
    /// for a word no phrase has), in text order.
    static func find(_ phrases: [[Set<Int32>]], in tokens: [(word: Int32, utf16: Range<Int>)]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for phrase in phrases where !phrase.isEmpty && phrase.count <= tokens.count {
            for start in 0...(tokens.count - phrase.count) {
                let matches = phrase.indices.allSatisfy { phrase[$0].contains(tokens[start + $0].word) }
                if matches { found.append(tokens[start].utf16.lowerBound..<tokens[start + phrase.count - 1].utf16.upperBound) }
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Word marks and phrase marks in text order, without overlaps: a phrase wins over the
    /// words it covers, the first of two overlapping phrases over the second.
    static func merge(_ words: [Range<Int>], phrases: [Range<Int>]) -> [Range<Int>] {
        var kept: [Range<Int>] = []
        for phrase in phrases where !(kept.last?.overlaps(phrase) ?? false) { kept.append(phrase) }
        let phraseMarks = kept
        for word in words where !phraseMarks.contains(where: { $0.overlaps(word) }) { kept.append(word) }
        return kept.sorted { $0.lowerBound < $1.lowerBound }
    }
}
