import KiosqueCorpus
import KiosqueText

/// Finds where a hit's text matched and builds its snippet. Only the page's hits are marked:
/// their texts are scanned for words (`SpanScanner`) and each word's folded forms come from
/// the index's table of spans, so nothing is analysed again; a form is marked when one of the
/// matched terms was indexed from it. Spans are first screened by a hash of their ends and
/// length, so that most are never looked up. A phrase is marked whole, from its first word
/// to its last, where its words follow each other (`PhraseMarks`). Only the paragraphs that
/// hold a position of a term of a marked word are scanned (`ParagraphPositions`): the others
/// can have no mark.
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
    /// Every term a marked or phrase word was indexed under, ascending: a paragraph holding
    /// none of their positions is not scanned. Nil when there are too many to look up (a broad
    /// prefix), or when asked to scan everything.
    private let positionTerms: [Int32]?

    /// Past this many terms, looking each up in every hit costs more than scanning the text.
    static let positionTermLimit = 48

    init(index: SearchIndex, terms: Set<Int32>, phrases: [[[Int32]]] = [], metadata: [(field: TextField, list: DocumentList)] = [],
         scanEveryParagraph: Bool = false) {
        self.index = index
        self.metadata = metadata
        var marked = [UInt64](repeating: 0, count: (index.vocabulary.words.count + 63) / 64)
        var screen = [UInt64](repeating: 0, count: (1 << 16) / 64)
        var positionTerms: Set<Int32> = []
        for term in terms {
            for word in index.vocabulary.words(ofTerm: term) {
                marked[Int(word) >> 6] |= 1 << UInt64(word & 63)
                Self.screenSpans(of: word, index.spanWords, &screen)
                // A word may be indexed under other terms elsewhere (two accented forms fold alike): those count too.
                positionTerms.formUnion(index.vocabulary.terms(ofWord: Int(word)))
            }
        }
        self.marked = marked
        for phrase in phrases {
            let sets = phrase.map { terms in Set(terms.flatMap { index.vocabulary.words(ofTerm: $0) }) }
            for word in sets.joined() {
                Self.screenSpans(of: word, index.spanWords, &screen)
                positionTerms.formUnion(index.vocabulary.terms(ofWord: Int(word)))
            }
            self.phrases.append(sets)
        }
        self.screen = screen
        self.positionTerms = scanEveryParagraph || positionTerms.count > Self.positionTermLimit ? nil : positionTerms.sorted()
    }

    private static func screenSpans(of word: Int32, _ table: SpanWords, _ screen: inout [UInt64]) {
        for span in table.spans(ofWord: word) {
            let key = table.spans.withBytes(of: Int(span)) { SpanWords.screen($0) }
            screen[key >> 6] |= 1 << UInt64(key & 63)
        }
    }

    func hit(_ doc: Int, score: Double) -> SearchHit {
        let document = index.documents[doc]
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
        let visit = paragraphsToScan(doc, count: document.paragraphs.count)
        for (number, paragraph) in document.paragraphs.enumerated() where visit[number] {
            let ranges = matches(in: paragraph)
            highlights += ranges.map { Highlight(field: .paragraph(number), utf16Start: $0.lowerBound, utf16Length: $0.count) }
            if !ranges.isEmpty, ranges.count > (best?.ranges.count ?? 0) { best = (paragraph, ranges) }
        }
        // The paragraph with most matches, or the first one unmarked.
        let snippet = best.map { Snippet.make($0.text, marks: $0.ranges) } ?? Snippet.make(document.paragraphs.first ?? "", marks: [])
        return SearchHit(id: document.id, title: document.title, score: (score * 1000).rounded() / 1000, snippet: snippet,
                         highlights: highlights)
    }

    /// Per paragraph of `doc`: whether it may hold a mark, from the positions of the
    /// position terms in the document (every paragraph when there are none to read).
    private func paragraphsToScan(_ doc: Int, count: Int) -> [Bool] {
        guard let positionTerms else { return [Bool](repeating: true, count: count) }
        var visit = [Bool](repeating: false, count: count)
        index.withView { view in
            for term in positionTerms {
                guard let posting = view.posting(of: term, in: Int32(doc)) else { continue }
                index.paragraphs.mark(view.positions(of: posting), of: doc, in: &visit)
            }
        }
        return visit
    }

    /// UTF-16 ranges of the words of `text` indexed under a matched term (a hyphenated word is
    /// marked by its parts, so that marks never overlap). `text` is an indexed document's (its
    /// spans are known); other text is analysed word by word, unscreened.
    func matches(in text: String, indexed: Bool = true) -> [Range<Int>] {
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
                    words = (Int(table.starts[Int(entry)])..<Int(table.starts[Int(entry) + 1])).map { word in
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
