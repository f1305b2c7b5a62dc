import KiosqueCorpus
import KiosqueText

/// Finds where a hit's text matched and builds its snippet. Only the page's hits are marked:
/// their texts are scanned for words (`SpanScanner`) and each word's folded forms come from
/// the index's table of spans, so nothing is analysed again; a form is marked when one of the
/// matched terms was indexed from it. Spans are first screened by a hash of their ends and
/// length, so that most are never looked up.
struct Highlighter {
    let index: SearchIndex
    /// One bit per vocabulary word: indexed under a matched term.
    private let marked: [UInt64]
    /// One bit per screen hash (`SpanWords.screen`) of the spans holding a marked word.
    private let screen: [UInt64]

    init(index: SearchIndex, terms: Set<Int32>) {
        self.index = index
        var marked = [UInt64](repeating: 0, count: (index.vocabulary.words.count + 63) / 64)
        var screen = [UInt64](repeating: 0, count: (1 << 16) / 64)
        let table = index.spanWords
        for term in terms {
            for word in index.vocabulary.words(ofTerm: term) {
                marked[Int(word) >> 6] |= 1 << UInt64(word & 63)
                for span in table.spans(ofWord: word) {
                    let key = table.spans.withBytes(of: Int(span)) { SpanWords.screen($0) }
                    screen[key >> 6] |= 1 << UInt64(key & 63)
                }
            }
        }
        self.marked = marked
        self.screen = screen
    }

    func hit(_ doc: Int, score: Double) -> SearchHit {
        let document = index.documents[doc]
        var highlights: [Highlight] = []
        var best: (text: String, ranges: [Range<Int>])?
        for range in matches(in: document.title) {
            highlights.append(Highlight(field: .title, utf16Start: range.lowerBound, utf16Length: range.count))
        }
        for (number, paragraph) in document.paragraphs.enumerated() {
            let ranges = matches(in: paragraph)
            highlights += ranges.map { Highlight(field: .paragraph(number), utf16Start: $0.lowerBound, utf16Length: $0.count) }
            if !ranges.isEmpty, ranges.count > (best?.ranges.count ?? 0) { best = (paragraph, ranges) }
        }
        // The paragraph with most matches, or the first one unmarked.
        let snippet = best.map { Snippet.make($0.text, marks: $0.ranges) } ?? Snippet.make(document.paragraphs.first ?? "", marks: [])
        return SearchHit(id: document.id, title: document.title, score: (score * 1000).rounded() / 1000, snippet: snippet,
                         highlights: highlights)
    }

    /// UTF-16 ranges of the words of `text` indexed under a matched term (a hyphenated word is
    /// marked by its parts, so that marks never overlap). `text` is an indexed document's (its
    /// spans are known); other text is analysed word by word, unscreened.
    func matches(in text: String, indexed: Bool = true) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let table = index.spanWords
        var text = text
        text.withUTF8 { utf8 in
            var scanner = SpanScanner(utf8)
            while let span = scanner.next() {
                let key = UnsafeBufferPointer(rebasing: utf8[span.bytes])
                if indexed {
                    let screened = SpanWords.screen(key)
                    if screen[screened >> 6] & (1 << UInt64(screened & 63)) == 0 { continue }
                }
                guard let entry = table.spans.find(key, hash: SpanTable.hash(key)) else {
                    // Not indexed text: analyse the word here.
                    for word in SpanWords.foldedWords(String(decoding: key, as: UTF8.self), vocabulary: index.vocabulary)
                    where isMarked(word.number) {
                        Self.mark((span.utf16Start + word.utf16.lowerBound)..<(span.utf16Start + word.utf16.upperBound), in: &ranges)
                    }
                    continue
                }
                for word in Int(table.starts[Int(entry)])..<Int(table.starts[Int(entry) + 1]) where isMarked(table.words[word]) {
                    let start = span.utf16Start + Int(table.utf16Starts[word])
                    Self.mark(start..<(start + Int(table.utf16Lengths[word])), in: &ranges)
                }
            }
        }
        return ranges
    }

    private static func mark(_ range: Range<Int>, in ranges: inout [Range<Int>]) {
        if let last = ranges.last, last.overlaps(range) {
            // keep the smaller range (a part of a hyphenated whole)
            if range.count < last.count { ranges[ranges.count - 1] = range }
            return
        }
        ranges.append(range)
    }

    @inline(__always)
    private func isMarked(_ word: Int32) -> Bool {
        word >= 0 && marked[Int(word) >> 6] & (1 << UInt64(word & 63)) != 0
    }
}
