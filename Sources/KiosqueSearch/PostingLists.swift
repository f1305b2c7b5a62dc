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
    let positionStarts: FlatArray<UInt32>
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

    static func blockMaxima(_ scores: FlatArray<Float>) -> FlatArray<Double> {
        FlatArray(stride(from: 0, to: scores.count, by: blockSize).map { start in
            Double(scores[start..<min(scores.count, start + blockSize)].max() ?? 0)
        })
    }
}
