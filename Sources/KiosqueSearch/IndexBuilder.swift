import Dispatch
import KiosqueCorpus

/// Builds the index's flat arrays on all cores, in two readings of the corpus by chunks of
/// consecutive documents (`ChunkPostings`): the first analyses and counts, so that every
/// list can be allocated at its size and every chunk knows where its part of each term's list
/// starts; the second (replaying the spans the first recorded) writes each posting straight to
/// its place, with its BM25 field score.
/// No posting is held twice, and no list grows.
struct IndexBuilder {
    let postings: PostingLists
    let vocabulary: Vocabulary
    let spanWords: SpanWords
    let scoring: BM25
    let titleEnds: [UInt16]
    let paragraphs: ParagraphPositions

    /// `besidePacking`: work for another thread while this one packs the lists, the build's
    /// longest step on one core (a caller's serial work fits there without slowing the parallel steps).
    init(_ documents: [SearchDocument], besidePacking sideWork: (@Sendable () -> Void)? = nil) {
        // Two chunks per core balance the load; more would analyse the same words more often.
        let chunkCount = max(1, min(documents.count / 64, 2 * Processors.online))
        let size = (documents.count + chunkCount - 1) / chunkCount
        let ranges = (0..<chunkCount).map { min(documents.count, $0 * size)..<min(documents.count, ($0 + 1) * size) }
        var chunks = [ChunkPostings](repeating: ChunkPostings(), count: chunkCount)
        Self.parallel(&chunks) { part, chunk in
            for index in ranges[part] { chunk.count(documents[index]) }
        }
        // Terms and words in the index's numbering.
        var termIDs: [String: Int32] = [:]
        let termMaps: [[Int32]] = chunks.map { chunk in
            chunk.terms.map { stem in
                if let known = termIDs[stem] { return known }
                let next = Int32(termIDs.count)
                termIDs[stem] = next
                return next
            }
        }
        let words = Array(Set(chunks.flatMap(\.words))).sorted()
        var wordNumbers: [String: Int32] = [:]
        for (number, word) in words.enumerated() { wordNumbers[word] = Int32(number) }
        var pairs: Set<UInt64> = []
        for (chunk, termMap) in zip(chunks, termMaps) {
            for pair in chunk.wordTermPairs {
                let word = wordNumbers[chunk.words[Int(pair >> 32)]] ?? 0
                pairs.insert(UInt64(word) << 32 | UInt64(termMap[Int(pair & 0xFFFF_FFFF)]))
            }
        }
        vocabulary = Vocabulary(termIDs: termIDs, termCount: termIDs.count, words: words,
                                pairs: pairs.map { (Int32(truncatingIfNeeded: $0 >> 32), Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF)) })
        let layout = Layout(chunks, termMaps: termMaps, termCount: termIDs.count)
        scoring = BM25(lengths: chunks.flatMap(\.lengths), documentFrequencies: layout.documentFrequencies,
                       documentCount: documents.count)
        spanWords = SpanWords(chunks: chunks, vocabulary: vocabulary)
        // The second reading replays numbers: the chunks' span tables, stem caches and word
        // dictionaries go before the final lists are allocated (the build's memory peak).
        for part in chunks.indices { chunks[part].dropAnalysis() }
        FreedMemory.returnToSystem()
        postings = Self.write(documents, ranges: ranges, chunks: &chunks, termMaps: termMaps, layout: layout, norms: scoring.norms,
                              besidePacking: sideWork)
        FreedMemory.returnToSystem()
        titleEnds = chunks.flatMap(\.titleEnds)
        paragraphs = ParagraphPositions(bounds: chunks.flatMap(\.paragraphBounds), paragraphCounts: documents.lazy.map(\.paragraphs.count))
    }

    /// Where every list starts, and where each chunk's part of each list starts.
    private struct Layout {
        var starts: [Int32]
        var documentFrequencies: [Int]
        var postingTotal = 0, positionTotal = 0
        /// Per chunk and index term: the next posting and position to write.
        var postingCursors: [[UInt32]]
        var positionCursors: [[UInt32]]

        init(_ chunks: [ChunkPostings], termMaps: [[Int32]], termCount: Int) {
            var postings = [UInt32](repeating: 0, count: termCount), positions = [UInt32](repeating: 0, count: termCount)
            for (chunk, termMap) in zip(chunks, termMaps) {
                for (local, global) in termMap.enumerated() {
                    postings[Int(global)] += chunk.postingCounts[local]
                    positions[Int(global)] += chunk.positionCounts[local]
                }
            }
            documentFrequencies = postings.map(Int.init)
            starts = [Int32](repeating: 0, count: termCount + 1)
            var postingRun = [UInt32](repeating: 0, count: termCount), positionRun = [UInt32](repeating: 0, count: termCount)
            for term in 0..<termCount {
                starts[term] = Int32(postingTotal)
                postingRun[term] = UInt32(postingTotal)
                positionRun[term] = UInt32(positionTotal)
                postingTotal += Int(postings[term])
                positionTotal += Int(positions[term])
            }
            starts[termCount] = Int32(postingTotal)
            postingCursors = []
            positionCursors = []
            for (chunk, termMap) in zip(chunks, termMaps) {
                postingCursors.append(postingRun)
                positionCursors.append(positionRun)
                for (local, global) in termMap.enumerated() {
                    postingRun[Int(global)] += chunk.postingCounts[local]
                    positionRun[Int(global)] += chunk.positionCounts[local]
                }
            }
        }
    }

    /// The second reading: every chunk writes its postings into flat lists, in parallel (their
    /// ranges of each list are disjoint), each posting's field frequencies in place of its
    /// score; then the lists are packed and the flat ones freed.
    private static func write(_ documents: [SearchDocument], ranges: [Range<Int>], chunks: inout [ChunkPostings],
                              termMaps: [[Int32]], layout: Layout, norms: [Double], besidePacking sideWork: (@Sendable () -> Void)?) -> PostingLists {
        let (flatDocuments, documentsOut) = FlatArray<UInt32>.allocate(zeroed: layout.postingTotal)
        let (flatFrequencies, frequenciesOut) = FlatArray<UInt32>.allocate(zeroed: layout.postingTotal)
        let (flatStarts, positionStartsOut) = FlatArray<UInt32>.allocate(zeroed: layout.postingTotal + 1)
        let (positions, positionsOut) = FlatArray<UInt16>.allocate(zeroed: layout.positionTotal)
        positionStartsOut[layout.postingTotal] = UInt32(layout.positionTotal)
        nonisolated(unsafe) let out = (documentsOut, frequenciesOut, positionStartsOut, positionsOut)
        parallel(&chunks) { part, chunk in
            let termMap = termMaps[part]
            var postingCursor = layout.postingCursors[part], positionCursor = layout.positionCursors[part]
            for doc in ranges[part] {
                chunk.postings(documents[doc]) { local, frequencies, kept in
                    let term = Int(termMap[local])
                    let target = Int(postingCursor[term]), first = Int(positionCursor[term])
                    out.0[target] = UInt32(doc)
                    out.1[target] = frequencies
                    out.2[target] = UInt32(first)
                    for (offset, position) in kept.enumerated() { out.3[first + offset] = position }
                    postingCursor[term] += 1
                    positionCursor[term] += UInt32(kept.count)
                }
            }
            chunk.dropRecording()
        }
        // The packed lists are read from the flat ones, which are freed on return.
        let side = sideWork.map { SideTask($0) }
        defer { side?.value() }
        return withExtendedLifetime((flatDocuments, flatFrequencies, flatStarts)) {
            pack(layout: layout, norms: norms, documents: documentsOut, frequencies: frequenciesOut, positionStarts: positionStartsOut,
                 positions: positions)
        }
    }

    /// The posting lists packed from the flat ones (whose frequencies are overwritten on the way).
    private static func pack(layout: Layout, norms: [Double], documents: UnsafeMutableBufferPointer<UInt32>,
                             frequencies: UnsafeMutableBufferPointer<UInt32>, positionStarts: UnsafeMutableBufferPointer<UInt32>,
                             positions: FlatArray<UInt16>) -> PostingLists {
        let blockMaxima = norms.withUnsafeBufferPointer { norms in
            UnsafeBufferPointer(documents).withMemoryRebound(to: Int32.self) { documents in
                PostingLists.blockMaxima(documents: documents, frequencies: UnsafeBufferPointer(frequencies), norms: norms)
            }
        }
        let encoded = PostingScores.encode(frequencies)
        return PostingLists(starts: FlatArray(layout.starts), documents: BlockPackedArray(UnsafeBufferPointer(documents)),
                            scores: PostingScores(frequencies: encoded.frequencies, codes: encoded.codes, norms: norms),
                            positionStarts: BlockPackedArray(UnsafeBufferPointer(positionStarts)), positions: positions,
                            blockMaxima: blockMaxima)
    }

    /// Runs `body` on every chunk, one thread each (no locks: a chunk is its thread's alone).
    private static func parallel(_ chunks: inout [ChunkPostings], _ body: @Sendable (Int, inout ChunkPostings) -> Void) {
        let count = chunks.count
        chunks.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let shared = buffer  // each iteration touches its own element
            DispatchQueue.concurrentPerform(iterations: count) { part in body(part, &shared[part]) }
        }
    }
}

/// The number of cores to build on.
enum Processors {
    static var online: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif
