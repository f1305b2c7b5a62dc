import KiosqueCorpus
import KiosqueText

/// Finds where a hit's text matched and builds its snippet. Only the page's hits are marked:
/// their texts are scanned for words (`SpanScanner`) and each word's folded forms come from
/// the index's table of spans, so nothing is analysed again; a form is marked when one of the
/// matched terms was indexed from it. Spans are first screened by a hash of their ends and
/// length, so that most are never looked up. A phrase is marked whole, from its first word
/// to its last, where its words follow each other (`PhraseMarks`). Only the paragraphs that
/// may hold a mark by the postings' positions are scanned, each only up to its last possible
/// mark (`ParagraphScreen`).
struct Highlighter {
    let index: SearchIndex
    /// One bit per vocabulary word: indexed under a matched term.
    private let marked: [UInt64]
    /// One bit per screen hash (`SpanWords.screen`) of the spans holding a marked word.
    private let screen: [UInt64]
    /// Per phrase, per word: the vocabulary words indexed under its terms.
    private var phrases: [[Set<Int32>]] = []
    /// Metadata clauses (`author:`, `source:`): the field is marked whole in the documents listed.
    private let metadata: [(field: TextField, list: DocumentList)]
    /// Nil when every paragraph is scanned (too many terms to look up, or asked to).
    private let paragraphScreen: ParagraphScreen?

    init(index: SearchIndex, terms: Set<Int32>, phrases: [[[Int32]]] = [], metadata: [(field: TextField, list: DocumentList)] = [],
         scanEveryParagraph: Bool = false) {
        self.index = index
        self.metadata = metadata
        var marked = [UInt64](repeating: 0, count: (index.vocabulary.words.count + 63) / 64)
        var screen = [UInt64](repeating: 0, count: (1 << 16) / 64)
        var markedTerms: Set<Int32> = []
        for term in terms {
            for word in index.vocabulary.words(ofTerm: term) {
                marked[Int(word) >> 6] |= 1 << UInt64(word & 63)
                Self.screenSpans(of: word, index.spanWords, &screen)
                // A word may be indexed under other terms elsewhere (two accented forms fold alike): those count too.
                markedTerms.formUnion(index.vocabulary.terms(ofWord: Int(word)))
            }
        }
        self.marked = marked
        var phraseTerms: [[Set<Int32>]] = []
        for phrase in phrases {
            let sets = phrase.map { terms in Set(terms.flatMap { index.vocabulary.words(ofTerm: $0) }) }
            for word in sets.joined() { Self.screenSpans(of: word, index.spanWords, &screen) }
            self.phrases.append(sets)
            phraseTerms.append(sets.map { words in Set(words.flatMap { index.vocabulary.terms(ofWord: Int($0)) }) })
        }
        self.screen = screen
        paragraphScreen = scanEveryParagraph ? nil : ParagraphScreen(terms: markedTerms, phrases: phraseTerms)
    }

    private static func screenSpans(of word: Int32, _ table: SpanWords, _ screen: inout [UInt64]) {
        for span in table.spans(ofWord: word) {
            let key = table.spans.withBytes(of: Int(span)) { SpanWords.screen($0) }
            screen[key >> 6] |= 1 << UInt64(key & 63)
        }
    }

    func hit(_ doc: Int, score: Double) -> SearchHit {
        let document = index.texts[doc]
        var highlights: [Highlight] = []
        var best: (text: String, ranges: [Range<Int>])?
        for range in matches(in: document.title) {
            highlights.append(Highlight(field: .title, utf16Start: range.lowerBound, utf16Length: range.count))
        }
        // Matches in the metadata (indexed with the entity names), after the title.
        for (field, text) in [(TextField.author, document.author), (.dateline, document.dateline), (.source, document.source)] {
            guard let text else { continue }
            let whole = metadata.contains { $0.field == field && $0.list.documents.contains(Int32(doc)) }
            let ranges = whole ? [0..<text.utf16.count] : matches(in: text, indexed: false)
            highlights += ranges.map { Highlight(field: field, utf16Start: $0.lowerBound, utf16Length: $0.count) }
        }
        let paragraphs = document.paragraphs
        let limits = paragraphScreen?.markLimits(of: doc, count: paragraphs.count, index: index)
            ?? [Int](repeating: .max, count: paragraphs.count)
        // Only the paragraphs visited are made into strings (a snapshot's are decoded on demand).
        for number in paragraphs.indices where limits[number] > 0 {
            let paragraph = paragraphs[number]
            let ranges = matches(in: paragraph, limit: limits[number])
            highlights += ranges.map { Highlight(field: .paragraph(number), utf16Start: $0.lowerBound, utf16Length: $0.count) }
            if !ranges.isEmpty, ranges.count > (best?.ranges.count ?? 0) { best = (paragraph, ranges) }
        }
        // The paragraph with most matches, or the first one unmarked.
        let snippet = best.map { Snippet.make($0.text, marks: $0.ranges) } ?? Snippet.make(paragraphs.first ?? "", marks: [])
        return SearchHit(id: document.id, title: document.title, score: (score * 1000).rounded() / 1000, snippet: snippet,
                         highlights: highlights)
    }

    /// UTF-16 ranges of the words of `text` indexed under a matched term (a hyphenated word is
    /// marked by its parts, so that marks never overlap). `text` is an indexed document's (its
    /// spans are known); other text is analysed word by word, unscreened. Without a phrase to
    /// follow, the scan stops at the `limit`-th mark: the rest of the text holds no other.
    func matches(in text: String, indexed: Bool = true, limit: Int = .max) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var tokens: [(word: Int32, utf16: Range<Int>)] = []
        let tracking = !phrases.isEmpty
        let table = index.spanWords
        var text = text
        text.withUTF8 { utf8 in
            var scanner = SpanScanner(utf8)
            while let span = scanner.next() {
                let key = UnsafeBufferPointer(rebasing: utf8[span.bytes])
                if indexed {
                    let screened = SpanWords.screen(key)
                    if screen[screened >> 6] & (1 << UInt64(screened & 63)) == 0 {
                        // A word no phrase has: it breaks any phrase running through it.
                        if tracking { tokens.append((-1, span.utf16Start..<span.utf16Start)) }
                        continue
                    }
                }
                var words: [(word: Int32, utf16: Range<Int>)]
                if let entry = table.spans.find(key, hash: SpanTable.hash(key)) {
                    let entries = Int(table.starts[Int(entry)])..<Int(table.starts[Int(entry) + 1])
                    if !tracking {
                        // No phrase to follow: mark in place, without an array per span.
                        for word in entries where isMarked(table.words[word]) {
                            let start = span.utf16Start + Int(table.utf16Starts[word])
                            Self.mark(start..<(start + Int(table.utf16Lengths[word])), in: &ranges)
                        }
                        if ranges.count >= limit { break }
                        continue
                    }
                    words = entries.map { word in
                        let start = span.utf16Start + Int(table.utf16Starts[word])
                        return (table.words[word], start..<(start + Int(table.utf16Lengths[word])))
                    }
                } else {
                    // Not indexed text: analyse the word here.
                    words = SpanWords.foldedWords(String(decoding: key, as: UTF8.self), vocabulary: index.vocabulary).map { word in
                        (word.number, (span.utf16Start + word.utf16.lowerBound)..<(span.utf16Start + word.utf16.upperBound))
                    }
                }
                for word in words where isMarked(word.word) { Self.mark(word.utf16, in: &ranges) }
                // A hyphenated word counts by its parts, as phrases are indexed.
                if tracking {
                    if words.count > 1, words.dropFirst().allSatisfy({ words[0].utf16.contains($0.utf16.lowerBound) }) { words.removeFirst() }
                    tokens += words.isEmpty ? [(-1, span.utf16Start..<span.utf16Start)] : words
                }
            }
        }
        return tracking ? PhraseMarks.merge(ranges, phrases: PhraseMarks.find(phrases, in: tokens)) : ranges
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
