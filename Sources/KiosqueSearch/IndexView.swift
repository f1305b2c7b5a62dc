/// The arrays a query reads in its inner loops, as buffers without bounds checks; valid only
/// inside `SearchIndex.withView`.
struct IndexView {
    let starts: UnsafeBufferPointer<Int32>
    let documents: Documents
    let scores: PostingScores.View
    let positionStarts: BlockPackedArray.View
    let positions: UnsafeBufferPointer<UInt16>
    let idf: UnsafeBufferPointer<Double>
    let blockMaxima: UnsafeBufferPointer<Double>
    let documentCount: Int

    @inline(__always)
    func range(of term: Int32) -> Range<Int> {
        Int(starts[Int(term)])..<Int(starts[Int(term) + 1])
    }

    /// The field score of `posting`, which is in document `doc`.
    @inline(__always)
    func fieldScore(_ posting: Int, doc: Int) -> Double {
        scores.score(posting, doc: doc)
    }

    /// The positions of a posting. Inlined, as every method of this view of some 250 bytes
    /// that a loop calls: a call copied the whole view (`memmove` was 8 % of a phrase search).
    @inline(__always)
    func positions(of posting: Int) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(rebasing: positions[Int(positionStarts[posting])..<Int(positionStarts[posting + 1])])
    }

    /// Calls `body` with every posting of `range` in order, its document and (when `scored`) its
    /// field score, decoded by runs of a block: a list read whole costs little more than arrays.
    @inline(__always)
    func forEachPosting(_ range: Range<Int>, scored: Bool, _ body: (_ posting: Int, _ doc: Int32, _ score: Double) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * PostingLists.blockSize) { buffer in
            guard let docs = buffer.baseAddress else { return }
            let codes = docs + PostingLists.blockSize
            var start = range.lowerBound
            while start < range.upperBound {
                let end = min(range.upperBound, (start | (PostingLists.blockSize - 1)) + 1)
                documents.packed.decode(start..<end, into: docs)
                if scored { scores.codes.decode(start..<end, into: codes) }
                for posting in start..<end {
                    let doc = Int32(bitPattern: docs[posting - start])
                    body(posting, doc, scored ? scores.score(code: codes[posting - start], doc: Int(doc)) : 0)
                }
                start = end
            }
        }
    }

    /// Posting documents as the query loops read them, unpacked one at a time.
    struct Documents {
        let packed: BlockPackedArray.View

        @inline(__always)
        subscript(posting: Int) -> Int32 { Int32(bitPattern: packed[posting]) }

        /// The documents of `range` unpacked into `buffer`, which holds a document per document of the index.
        func unpack(_ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<Int32>) -> UnsafeBufferPointer<Int32> {
            let count = min(range.count, buffer.count)
            UnsafeMutableRawPointer(buffer.baseAddress).map { base in
                packed.decode(range.lowerBound..<range.lowerBound + count, into: base.assumingMemoryBound(to: UInt32.self))
            }
            return UnsafeBufferPointer(rebasing: buffer[0..<count])
        }
    }

    /// The posting of `term` in `doc`, if any: a binary search of the term's list.
    @inline(__always)
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
            postings.documents.withView { documents in
                postings.scores.withView { scores in
                    postings.positionStarts.withView { positionStarts in
                        postings.positions.withUnsafeBufferPointer { positions in
                            scoring.inverseDocumentFrequencies.withUnsafeBufferPointer { idf in
                                postings.blockMaxima.withUnsafeBufferPointer { blockMaxima in
                                    body(IndexView(starts: starts, documents: IndexView.Documents(packed: documents), scores: scores,
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
