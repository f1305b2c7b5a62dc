/// Seeks over several posting lists that keep each list's current block of documents decoded:
/// phrase matching moves every term's cursor to each candidate in turn, and reading the packed
/// documents one at a time there cost a quarter of a phrase search. Whole blocks below the
/// target are skipped by the next block's base, and a decoded block is read as plain integers.
/// The storage is the caller's (a block of `PostingLists.blockSize` documents and a block
/// number per list), valid while the cursors are used.
struct DecodedBlockCursors {
    private let documents: BlockPackedArray.View
    private let blocks: UnsafeMutablePointer<Int32>
    private let held: UnsafeMutablePointer<Int>

    /// `blocks` holds `PostingLists.blockSize` documents per list, `held` one number per list.
    init(documents: BlockPackedArray.View, blocks: UnsafeMutablePointer<Int32>, held: UnsafeMutablePointer<Int>, count: Int) {
        self.documents = documents
        self.blocks = blocks
        self.held = held
        held.initialize(repeating: -1, count: count)
    }

    /// The first posting at or after `from` (up to `end`) of list `list` whose document is at
    /// least `doc`, as `IndexView.seek`; its document is then `document(list, at:)`.
    @inline(__always)
    func seek(_ list: Int, _ doc: Int32, from: Int, end: Int) -> Int {
        let shift = PostingLists.blockShift, buffer = blocks + list &* PostingLists.blockSize
        guard from < end else { return from }
        let last = (end - 1) >> shift
        var cursor = from
        while cursor < end {
            var block = cursor >> shift
            // A block is wholly below `doc` when the next one (wholly in the list) starts at or before it.
            while block + 1 < last && Int32(bitPattern: documents.bases[block + 1]) <= doc {
                block += 1
                cursor = block << shift
            }
            let start = block << shift, blockEnd = min(end, start + PostingLists.blockSize)
            if held[list] != block {
                UnsafeMutableRawPointer(buffer).withMemoryRebound(to: UInt32.self, capacity: PostingLists.blockSize) { output in
                    documents.decode(start..<blockEnd, into: output)
                }
                held[list] = block
            }
            // Steps that double, then a binary search, over the decoded block (as `IndexView.seek`).
            let values = buffer - start
            var low = cursor
            if values[low] >= doc { return low }
            var step = 1, high = low + 1
            while high < blockEnd && values[high] < doc {
                low = high
                step &<<= 1
                high = low &+ step
            }
            high = min(high, blockEnd)
            while low + 1 < high {
                let middle = (low + high) >> 1
                if values[middle] < doc { low = middle } else { high = middle }
            }
            if high < blockEnd { return high }
            cursor = blockEnd
        }
        return end
    }

    /// The document of `posting`, which the last `seek` of `list` returned (below its end).
    @inline(__always)
    func document(_ list: Int, at posting: Int) -> Int32 {
        blocks[list &* PostingLists.blockSize &+ posting &- held[list] << PostingLists.blockShift]
    }
}
