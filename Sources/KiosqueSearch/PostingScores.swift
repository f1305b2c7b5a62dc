import KiosqueCorpus

/// Each posting's BM25 field score, kept as a code instead of a `Float`: a posting's score
/// is a function of its field frequencies and its document's norms, and a few frequency
/// triples (a word once or twice in the body) make most postings. The code is the triple's
/// place among the distinct ones, commonest first, block-packed in a few bits; the commonest
/// triples' scores are tabled per document, so such a posting's score is one load. Scores are
/// rounded to `Float` as they were when stored, so every answer keeps its bits.
struct PostingScores: Sendable {
    /// How many of the commonest triples get a table (a `Float` per document each).
    static let tabledCount = 8

    /// The distinct packed frequencies (title in bits 24-31, entities 16-23, body 0-15), commonest first.
    let frequencies: [UInt32]
    /// Per posting: its frequencies' place in `frequencies`.
    let codes: BlockPackedArray
    /// Per document: title, body and entity norms (`BM25.norms`).
    let norms: [Double]
    /// Per tabled code, per document: the posting's score.
    private let table: [Float]
    private let tabled: Int

    /// Nil when a code may name no triple, or the norms are not three per document (a damaged snapshot).
    static func checked(frequencies: [UInt32], codes: BlockPackedArray, norms: [Double]) -> PostingScores? {
        guard codes.count == 0 || !frequencies.isEmpty, norms.count % 3 == 0 else { return nil }
        return PostingScores(frequencies: frequencies, codes: codes, norms: norms)
    }

    init(frequencies: [UInt32], codes: BlockPackedArray, norms: [Double]) {
        self.frequencies = frequencies
        self.codes = codes
        self.norms = norms
        let documentCount = norms.count / 3, tabled = min(frequencies.count, Self.tabledCount)
        var table = [Float](repeating: 0, count: tabled * documentCount)
        norms.withUnsafeBufferPointer { norms in
            for code in 0..<tabled {
                for doc in 0..<documentCount { table[code * documentCount + doc] = Self.score(frequencies[code], norms, doc) }
            }
        }
        self.table = table
        self.tabled = tabled
    }

    /// The score as the index stores it: BM25's `Double` rounded to a `Float`.
    @inline(__always)
    static func score(_ packed: UInt32, _ norms: UnsafeBufferPointer<Double>, _ doc: Int) -> Float {
        Float(BM25.fieldScore(packed, norms: norms, doc: doc))
    }

    /// Codes for the postings' packed frequencies; `packed` is overwritten by them on the way
    /// (the builder's own buffer, freed after).
    static func encode(_ packed: UnsafeMutableBufferPointer<UInt32>) -> (frequencies: [UInt32], codes: BlockPackedArray) {
        let parts = ParallelChunks.ranges(count: packed.count)
        nonisolated(unsafe) let values = packed  // each part reads, then writes, its own range
        let counts = ParallelChunks.map(parts) { range in
            var counts: [UInt32: Int] = [:]
            var run = (value: UInt32.max, count: 0)
            for index in range {
                // Runs of one triple are common: one dictionary update per run.
                if values[index] == run.value { run.count += 1; continue }
                if run.count > 0 { counts[run.value, default: 0] += run.count }
                run = (values[index], 1)
            }
            if run.count > 0 { counts[run.value, default: 0] += run.count }
            return counts
        }
        let merged = counts.reduce(into: [UInt32: Int]()) { total, part in total.merge(part, uniquingKeysWith: +) }
        let frequencies = merged.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let codeOf = Dictionary(uniqueKeysWithValues: frequencies.enumerated().map { ($0.element, UInt32($0.offset)) })
        _ = ParallelChunks.map(parts) { range in
            var last = (value: UInt32.max, code: UInt32(0))
            for index in range {
                let value = values[index]
                if value != last.value { last = (value, codeOf[value] ?? 0) }
                values[index] = last.code
            }
            return true
        }
        return (frequencies, BlockPackedArray(UnsafeBufferPointer(packed)))
    }

    var byteCount: Int { codes.byteCount + frequencies.count * 4 + table.count * 4 }

    /// The score of `posting`, in document `doc` (tests and checks).
    func score(_ posting: Int, doc: Int) -> Float {
        withView { Float($0.score(posting, doc: doc)) }
    }

    func withView<R>(_ body: (View) -> R) -> R {
        codes.withView { codes in
            frequencies.withUnsafeBufferPointer { frequencies in
                norms.withUnsafeBufferPointer { norms in
                    table.withUnsafeBufferPointer { table in
                        body(View(codes: codes, frequencies: frequencies, norms: norms, table: table, tabled: tabled,
                                  documentCount: norms.count / 3))
                    }
                }
            }
        }
    }

    struct View {
        let codes: BlockPackedArray.View
        let frequencies: UnsafeBufferPointer<UInt32>
        let norms: UnsafeBufferPointer<Double>
        let table: UnsafeBufferPointer<Float>
        let tabled: Int
        let documentCount: Int

        @inline(__always)
        func score(_ posting: Int, doc: Int) -> Double {
            score(code: codes[posting], doc: doc)
        }

        @inline(__always)
        func score(code: UInt32, doc: Int) -> Double {
            let code = Int(code)
            if code < tabled { return Double(table[code &* documentCount &+ doc]) }
            return Double(PostingScores.score(frequencies[min(code, frequencies.count &- 1)], norms, doc))
        }
    }
}
