import Dispatch
import KiosqueCorpus

/// Every term's postings in flat arrays, in document order within a term. The arrays are
/// `FlatArray`s: built in memory, or viewed in place in a snapshot's mapping.
struct PostingLists: Sendable {
    /// Per term: start of its postings (one more entry at the end).
    let starts: FlatArray<Int32>
    let documents: FlatArray<Int32>
    /// Per posting: its BM25 field score (`BM25.fieldScore`), computed once at build time and
    /// kept as a `Float` (half the bytes of the largest list; queries add them up as `Double`).
    let scores: FlatArray<Float>
    /// Per posting: start of its positions (one more entry at the end).
    let positionStarts: PositionStarts
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

    /// Read through the raw buffer on all cores: a generic `Slice.max()` over `FlatArray` ran
    /// unspecialized on one core, 4 s of a 100,000-article raw start.
    static func blockMaxima(_ scores: FlatArray<Float>) -> FlatArray<Double> {
        let blockCount = (scores.count + blockSize - 1) / blockSize
        return FlatArray(zeroed: blockCount) { maxima in
            scores.withUnsafeBufferPointer { scores in
                nonisolated(unsafe) let (input, output) = (scores, maxima)  // each iteration writes its own blocks
                let parts = ParallelChunks.ranges(count: blockCount)
                DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                    for block in parts[part] {
                        let start = block << blockShift, end = min(input.count, start + blockSize)
                        var highest = input[start]
                        for index in (start + 1)..<end where input[index] > highest { highest = input[index] }
                        output[block] = Double(highest)
                    }
                }
            }
        }
    }
}
