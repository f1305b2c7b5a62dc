/// The postings of a run of consecutive documents, made by one thread with numbers of its own
/// for spans, terms and words (`IndexBuilder` maps them to the index's). Each distinct span
/// (word as written) is analysed once with `FrenchAnalyzer`; every other occurrence is a hash
/// lookup of its bytes. The chunk reads its documents twice: to count (`count`), then to hand
/// each posting to its final place (`postings`); the second reading replays the spans the first
/// one recorded instead of scanning and hashing the text again.
struct ChunkPostings: Sendable {
    // MARK: Vocabulary (chunk numbering)

    private(set) var terms: [String] = []
    private var termNumbers: [String: Int32] = [:]
    private(set) var words: [String] = []
    private var wordNumbers: [String: Int32] = [:]
    /// (word << 32 | term) for every word seen indexed under a term.
    private(set) var wordTermPairs: Set<UInt64> = []
    private(set) var spans = SpanTable()
    /// Per span: its tokens' terms and positions relative to the span, and how many
    /// positions the span takes.
    private var spanTokenStart: [Int32] = [0]
    private var tokenTerms: [Int32] = []
    private var tokenOffsets: [Int32] = []
    private var spanWidths: [Int32] = []
    private var stems: [String: String] = [:]
    /// The first reading's spans in text order, for the second: each span's number + 1 as a
    /// LEB128 varint (numbered in order of first appearance, frequent spans have small numbers:
    /// about two bytes a word), and a 0 after each text.
    private var recorded: [UInt8] = []
    private var replayAt = 0

    // MARK: Counts, from the first reading

    /// Field lengths in tokens, three per document: title, body, entities.
    private(set) var lengths: [UInt32] = []
    /// Per document: the first position after its title (positions below it are the title's).
    private(set) var titleEnds: [UInt16] = []
    /// Per document: where each paragraph starts, then where the last one ends (`ParagraphPositions`).
    private(set) var paragraphBounds: [UInt16] = []
    /// Per chunk term: postings, and positions kept.
    private(set) var postingCounts: [UInt32] = []
    private(set) var positionCounts: [UInt32] = []

    // MARK: Per-document scratch, indexed by chunk term

    private var termTF: [UInt32] = []
    private var termCount: [Int32] = []
    private var termCursor: [Int32] = []
    /// The last position counted for the term (-1: none yet in this document).
    private var lastPosition: [Int32] = []
    private var touched: [Int32] = []
    private var streamTerms: [Int32] = []
    private var streamPositions: [Int32] = []
    private var sorted: [Int32] = []
    private var kept: [UInt16] = []
    private var lastTitleEnd: UInt16 = 0
    private var lastParagraphBounds: [UInt16] = []

    /// First reading: analyses new words, counts field lengths and each term's postings and
    /// positions.
    mutating func count(_ document: SearchDocument) {
        let fieldLengths = collect(document, replaying: false)
        lengths += [fieldLengths.0, fieldLengths.1, fieldLengths.2]
        titleEnds.append(lastTitleEnd)
        paragraphBounds += lastParagraphBounds
        countPostings()
    }

    /// Second reading: every posting of the document, by chunk term, with its term
    /// frequencies (title in bits 24-31, entities 16-23, body 0-15, saturating) and positions.
    mutating func postings(_ document: SearchDocument, _ body: (_ term: Int, _ frequencies: UInt32, _ positions: UnsafeBufferPointer<UInt16>) -> Void) {
        _ = collect(document, replaying: true)
        emit(body)
    }

    /// Frees the recorded spans once the second reading is done.
    mutating func dropRecording() {
        recorded = []
    }

    /// Frees what only the first reading and the vocabulary's merge use (span bytes, stems,
    /// the chunk's terms and words): the second reading needs the spans' tokens alone.
    mutating func dropAnalysis() {
        spans = SpanTable()
        stems = [:]
        terms = []
        termNumbers = [:]
        words = []
        wordNumbers = [:]
        wordTermPairs = []
    }

    /// Reads the document's fields into the token stream (scanning their text, or replaying
    /// what the first reading recorded); returns the field lengths.
    private mutating func collect(_ document: SearchDocument, replaying: Bool) -> (UInt32, UInt32, UInt32) {
        var base = 0
        var fieldLengths: (UInt32, UInt32, UInt32) = (0, 0, 0)
        fieldLengths.0 = read(document.title, field: 0, base: &base, replaying: replaying)
        lastTitleEnd = UInt16(clamping: base)
        lastParagraphBounds.removeAll(keepingCapacity: true)
        // Paragraphs are tokenized from their UTF-8: a packed or mapped one is not made a String.
        let paragraphs = document.paragraphs
        for number in paragraphs.indices {
            lastParagraphBounds.append(UInt16(clamping: base))
            fieldLengths.1 += replaying ? replayText(field: 1, base: &base)
                : paragraphs.withUTF8(at: number) { addUTF8($0, field: 1, base: &base) }
        }
        lastParagraphBounds.append(UInt16(clamping: base))
        for entity in document.entities { fieldLengths.2 += read(entity.name, field: 2, base: &base, replaying: replaying) }
        return fieldLengths
    }

    private mutating func read(_ text: String, field: Int, base: inout Int, replaying: Bool) -> UInt32 {
        replaying ? replayText(field: field, base: &base) : addText(text, field: field, base: &base)
    }

    /// Where a field's term frequency sits in a posting's frequencies (title bits 24-31,
    /// entities 16-23, body 0-15), and its saturation mask.
    private static func frequencyBits(_ field: Int) -> (shift: UInt32, mask: UInt32) {
        (field == 0 ? 24 : (field == 2 ? 16 : 0), field == 1 ? 0xFFFF : 0xFF)
    }

    /// Adds one text's tokens to the document's stream and records its spans; returns its
    /// token count.
    private mutating func addText(_ text: String, field: Int, base: inout Int) -> UInt32 {
        var text = text
        return text.withUTF8 { addUTF8($0, field: field, base: &base) }
    }

    /// `addText` of a text's UTF-8.
    private mutating func addUTF8(_ utf8: UnsafeBufferPointer<UInt8>, field: Int, base: inout Int) -> UInt32 {
        var position = 0
        var tokens = 0
        let (shift, mask) = Self.frequencyBits(field)
        var scanner = SpanScanner(utf8)
        while let span = scanner.next() {
            let key = UnsafeBufferPointer(rebasing: utf8[span.bytes])
            let hash = SpanTable.hash(key)
            let entry = Int(spans.find(key, hash: hash) ?? analyzeSpan(key, hash: hash))
            record(entry + 1)
            tokens += addSpan(entry, shift: shift, mask: mask, at: base + position)
            position += Int(spanWidths[entry])
        }
        recorded.append(0)
        // Paragraphs are apart, so that no phrase spans two of them.
        base += position + SearchIndex.paragraphGap
        return UInt32(tokens)
    }

    /// `addText` of the same text again, from its recorded spans.
    private mutating func replayText(field: Int, base: inout Int) -> UInt32 {
        var position = 0
        var tokens = 0
        let (shift, mask) = Self.frequencyBits(field)
        while true {
            var number = 0, bits = 0
            while true {
                let byte = recorded[replayAt]
                replayAt += 1
                number |= Int(byte & 0x7F) << bits
                if byte < 0x80 { break }
                bits += 7
            }
            if number == 0 { break }
            let entry = number - 1
            tokens += addSpan(entry, shift: shift, mask: mask, at: base + position)
            position += Int(spanWidths[entry])
        }
        base += position + SearchIndex.paragraphGap
        return UInt32(tokens)
    }

    /// Appends `number` to `recorded` as a LEB128 varint.
    private mutating func record(_ number: Int) {
        var rest = UInt(number)
        while rest >= 0x80 {
            recorded.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        recorded.append(UInt8(rest))
    }

    /// Adds the tokens of span `entry`, which starts at `start`; returns how many.
    @inline(__always)
    private mutating func addSpan(_ entry: Int, shift: UInt32, mask: UInt32, at start: Int) -> Int {
        for token in Int(spanTokenStart[entry])..<Int(spanTokenStart[entry + 1]) {
            let term = Int(tokenTerms[token])
            if termCount[term] == 0 { touched.append(Int32(term)) }
            termCount[term] += 1
            if (termTF[term] >> shift) & mask < mask { termTF[term] += 1 << shift }
            streamTerms.append(Int32(term))
            streamPositions.append(Int32(start) + tokenOffsets[token])
        }
        return Int(spanTokenStart[entry + 1] - spanTokenStart[entry])
    }

    /// Analyses a span seen for the first time and numbers it.
    private mutating func analyzeSpan(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let tokens = SearchAnalysis.analyzer.analyze(String(decoding: key, as: UTF8.self), stems: &stems)
        var width = 0
        for token in tokens {
            let term = Self.number(token.stem, in: &terms, &termNumbers)
            let word = Self.number(token.folded, in: &words, &wordNumbers)
            wordTermPairs.insert(UInt64(word) << 32 | UInt64(term))
            tokenTerms.append(term)
            tokenOffsets.append(Int32(token.position))
            width = max(width, token.position + 1)
        }
        spanTokenStart.append(Int32(tokenTerms.count))
        spanWidths.append(Int32(width))
        if termTF.count < terms.count {
            let missing = terms.count - termTF.count
            termTF += repeatElement(0, count: missing)
            postingCounts += repeatElement(0, count: missing)
            positionCounts += repeatElement(0, count: missing)
            termCount += repeatElement(0, count: missing)
            termCursor += repeatElement(0, count: missing)
            lastPosition += repeatElement(-1, count: missing)
        }
        return spans.insert(key, hash: hash)
    }

    private static func number(_ string: String, in list: inout [String], _ numbers: inout [String: Int32]) -> Int32 {
        if let known = numbers[string] { return known }
        let next = Int32(list.count)
        list.append(string)
        numbers[string] = next
        return next
    }

    /// The first reading's count of the document's postings: one per term, and the term's
    /// positions that `emit` keeps. In the stream a term's positions never decrease (spans in
    /// text order, a span's tokens in position order), so `emit`'s sort is not needed to drop
    /// a repeated one.
    private mutating func countPostings() {
        for index in streamTerms.indices {
            let term = Int(streamTerms[index]), position = streamPositions[index]
            if position < Int32(UInt16.max), position != lastPosition[term] {
                positionCounts[term] += 1
                lastPosition[term] = position
            }
        }
        for term in touched {
            postingCounts[Int(term)] += 1
            lastPosition[Int(term)] = -1
            termTF[Int(term)] = 0
            termCount[Int(term)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        streamTerms.removeAll(keepingCapacity: true)
        streamPositions.removeAll(keepingCapacity: true)
    }

    /// Turns the document's token stream into one posting per term (a counting sort by term
    /// keeps each term's positions in text order) and hands each to `body`.
    private mutating func emit(_ body: (_ term: Int, _ frequencies: UInt32, _ positions: UnsafeBufferPointer<UInt16>) -> Void) {
        var running: Int32 = 0
        for term in touched {
            termCursor[Int(term)] = running
            running += termCount[Int(term)]
        }
        if sorted.count < streamTerms.count { sorted += repeatElement(0, count: streamTerms.count - sorted.count) }
        for index in streamTerms.indices {
            let term = Int(streamTerms[index])
            sorted[Int(termCursor[term])] = streamPositions[index]
            termCursor[term] += 1
        }
        for index in touched.indices {
            let term = Int(touched[index])
            let end = Int(termCursor[term]), start = end - Int(termCount[term])
            kept.removeAll(keepingCapacity: true)
            var last = -1
            for index in start..<end {
                let position = Int(sorted[index])
                // Positions fit in 16 bits; a repeated position (a word and its first part) counts once.
                if position < Int(UInt16.max), position != last {
                    kept.append(UInt16(position))
                    last = position
                }
            }
            kept.withUnsafeBufferPointer { body(term, termTF[term], $0) }
            termTF[term] = 0
            termCount[term] = 0
        }
        touched.removeAll(keepingCapacity: true)
        streamTerms.removeAll(keepingCapacity: true)
        streamPositions.removeAll(keepingCapacity: true)
    }
}
