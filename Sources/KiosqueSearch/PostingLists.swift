import Dispatch
import KiosqueCorpus

/// Every term's postings, in document order within a term, in compact arrays that the query
/// loops still read at random: documents, score codes and position starts block-packed
/// (`BlockPackedArray`, `PostingScores`), positions as 16-bit numbers. Built in memory, or
/// viewed in place in a snapshot's mapping.
struct PostingLists: Sendable {
    /// Per term: start of its postings (one more entry at the end).
    let starts: FlatArray<Int32>
    let documents: BlockPackedArray
    /// Per posting: its BM25 field score (`BM25.fieldScore`, rounded to a `Float`).
    let scores: PostingScores
    /// Per posting: start of its positions (one more entry at the end).
    let positionStarts: BlockPackedArray
    /// Token positions in the document, ascending per posting.
    let positions: FlatArray<UInt16>
    /// Per block of `blockSize` postings (counted over all lists, so a block may straddle two
    /// terms): the highest score in it, an upper bound that lets top-k skip whole blocks.
    let blockMaxima: FlatArray<Double>

    static let blockShift = 6
    static let blockSize = 1 << blockShift

    var termCount: Int { starts.count - 1 }

    func range(of term: Int32) -> Range<Int> {
        Int(starts[Int(term)])..<Int(starts[Int(term) + 1])
    }

    func document(_ posting: Int) -> Int32 {
        Int32(bitPattern: documents[posting])
    }

    /// The positions of `posting`.
    func positions(of posting: Int) -> Slice<FlatArray<UInt16>> {
        positions[Int(positionStarts[posting])..<Int(positionStarts[posting + 1])]
    }

    /// Per block, the highest of its postings' scores, read through the raw buffers on all cores
    /// (a generic `Slice.max()` over `FlatArray` ran unspecialized on one core, 4 s of a
    /// 100,000-article raw start).
    static func blockMaxima(documents: UnsafeBufferPointer<Int32>, frequencies: UnsafeBufferPointer<UInt32>,
                            norms: UnsafeBufferPointer<Double>) -> FlatArray<Double> {
        let blockCount = (documents.count + blockSize - 1) / blockSize
        return FlatArray(zeroed: blockCount) { maxima in
            nonisolated(unsafe) let (documents, frequencies, norms, output) = (documents, frequencies, norms, maxima)  // each iteration writes its own blocks
            let parts = ParallelChunks.ranges(count: blockCount)
            DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                for block in parts[part] {
                    let start = block << blockShift, end = min(documents.count, start + blockSize)
                    var highest = -Float.infinity
                    for index in start..<end {
                        highest = max(highest, PostingScores.score(frequencies[index], norms, Int(documents[index])))
                    }
                    output[block] = Double(highest)
                }
            }
        }
    }
}
