/// The arrays a query reads in its inner loops, as buffers without bounds checks; valid only
/// inside `SearchIndex.withView`.
struct IndexView {
    let starts: UnsafeBufferPointer<Int32>
    let documents: UnsafeBufferPointer<Int32>
    let scores: UnsafeBufferPointer<Float>
    let positionStarts: PositionStarts.View
    let positions: UnsafeBufferPointer<UInt16>
    let idf: UnsafeBufferPointer<Double>
    let blockMaxima: UnsafeBufferPointer<Double>
    let documentCount: Int

    func range(of term: Int32) -> Range<Int> {
        Int(starts[Int(term)])..<Int(starts[Int(term) + 1])
    }

    @inline(__always)
    func fieldScore(_ posting: Int) -> Double {
        Double(scores[posting])
    }

    /// The positions of a posting.
    func positions(of posting: Int) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(rebasing: positions[positionStarts[posting]..<positionStarts[posting + 1]])
    }

    /// The posting of `term` in `doc`, if any: a binary search of the term's list.
    func posting(of term: Int32, in doc: Int32) -> Int? {
        var low = Int(starts[Int(term)]), high = Int(starts[Int(term) + 1])
        while low < high {
            let middle = (low + high) >> 1
            if documents[middle] < doc { low = middle + 1 } else { high = middle }
        }
        return low < Int(starts[Int(term) + 1]) && documents[low] == doc ? low : nil
    }

    /// The first posting at or after `from` (up to `end`) whose document is at least `doc`:
    /// steps that double, then a binary search, so skipping far costs a logarithm.
    @inline(__always)
    func seek(_ doc: Int32, from: Int, end: Int) -> Int {
        var low = from
        if low >= end || documents[low] >= doc { return low }
        var step = 1
        var high = low + 1
        while high < end && documents[high] < doc {
            low = high
            step <<= 1
            high = low + step
        }
        high = min(high, end)
        // documents[low] < doc; the answer is in (low, high].
        while low + 1 < high {
            let middle = (low + high) >> 1
            if documents[middle] < doc { low = middle } else { high = middle }
        }
        return high
    }
}

extension SearchIndex {
    func withView<R>(_ body: (IndexView) -> R) -> R {
        postings.starts.withUnsafeBufferPointer { starts in
            postings.documents.withUnsafeBufferPointer { documents in
                postings.scores.withUnsafeBufferPointer { scores in
                    postings.positionStarts.withView { positionStarts in
                        postings.positions.withUnsafeBufferPointer { positions in
                            scoring.inverseDocumentFrequencies.withUnsafeBufferPointer { idf in
                                postings.blockMaxima.withUnsafeBufferPointer { blockMaxima in
                                    body(IndexView(starts: starts, documents: documents, scores: scores,
                                                   positionStarts: positionStarts, positions: positions,
                                                   idf: idf, blockMaxima: blockMaxima, documentCount: count))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
