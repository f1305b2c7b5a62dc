/// For highlighting: every distinct span of the corpus with its folded words (a hyphenated
/// word whole, then its parts, as `FrenchAnalyzer.foldedWords` gives them) and their UTF-16
/// ranges inside the span, so that a page of hits is marked without analysing its text again.
struct SpanWords: Sendable {
    let spans: SpanTable
    /// Per span: start of its words in the arrays below (one more entry at the end).
    let starts: [Int32]
    /// Word number in the vocabulary, or -1 for a form that was never indexed.
    let words: [Int32]
    let utf16Starts: [Int32]
    let utf16Lengths: [Int32]
    /// The reverse, per vocabulary word: the spans it occurs in (one more start at the end).
    let wordSpanStarts: [Int32]
    let wordSpans: [Int32]

    init(chunks: [ChunkPostings], vocabulary: Vocabulary) {
        var spans = SpanTable()
        var starts: [Int32] = [0]
        var words: [Int32] = [], utf16Starts: [Int32] = [], utf16Lengths: [Int32] = []
        for chunk in chunks {
            for entry in 0..<chunk.spans.count {
                let isNew = chunk.spans.withBytes(of: entry) { key in
                    let hash = SpanTable.hash(key)
                    guard spans.find(key, hash: hash) == nil else { return false }
                    _ = spans.insert(key, hash: hash)
                    return true
                }
                guard isNew else { continue }
                for word in Self.foldedWords(chunk.spans.string(of: entry), vocabulary: vocabulary) {
                    words.append(word.number)
                    utf16Starts.append(Int32(word.utf16.lowerBound))
                    utf16Lengths.append(Int32(word.utf16.count))
                }
                starts.append(Int32(words.count))
            }
        }
        self.spans = spans
        self.starts = starts
        self.words = words
        self.utf16Starts = utf16Starts
        self.utf16Lengths = utf16Lengths
        var pairs: [(word: Int32, span: Int32)] = []
        for span in 0..<(starts.count - 1) {
            for entry in Int(starts[span])..<Int(starts[span + 1]) where words[entry] >= 0 { pairs.append((words[entry], Int32(span))) }
        }
        pairs.sort { ($0.word, $0.span) < ($1.word, $1.span) }
        var wordSpanStarts = [Int32](repeating: 0, count: vocabulary.words.count + 1)
        for pair in pairs { wordSpanStarts[Int(pair.word) + 1] += 1 }
        for word in 0..<vocabulary.words.count { wordSpanStarts[word + 1] += wordSpanStarts[word] }
        self.wordSpanStarts = wordSpanStarts
        wordSpans = pairs.map(\.span)
    }

    func spans(ofWord word: Int32) -> ArraySlice<Int32> {
        wordSpans[Int(wordSpanStarts[Int(word)])..<Int(wordSpanStarts[Int(word) + 1])]
    }

    /// A span's first two bytes, last byte and length, hashed to 16 bits: what a page's texts
    /// are screened by before their spans are looked up.
    @inline(__always)
    static func screen(_ span: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = span.first, let last = span.last else { return 0 }
        let second = span.count > 1 ? span[1] : 0
        let key = UInt32(first) | UInt32(second) << 8 | UInt32(last) << 16 | UInt32(truncatingIfNeeded: span.count) << 24
        return Int((key &* 0x9E37_79B1) >> 16)
    }

    /// The folded words of a span with their numbers in `vocabulary`.
    static func foldedWords(_ span: String, vocabulary: Vocabulary) -> [(number: Int32, utf16: Range<Int>)] {
        SearchAnalysis.analyzer.foldedWords(span).map { word in
            (vocabulary.wordIndex(word.folded).map(Int32.init) ?? -1, word.utf16Range)
        }
    }
}
