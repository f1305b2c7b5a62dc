/// A long list written as length-prefixed blocks of consecutive items, so that reading can
/// decode the blocks on all cores: each block gets its own bounds-checked reader.
///
///     count UInt32, blocks UInt32, then per block: items UInt32, bytes UInt64, the items
enum SnapshotBlocks {
    static func write(count: Int, into writer: inout SnapshotWriter, item: (inout SnapshotWriter, Int) -> Void) {
        let ranges = ParallelChunks.ranges(count: count)
        writer.write(UInt32(count))
        writer.write(UInt32(ranges.count))
        for range in ranges {
            var block = SnapshotWriter()
            for index in range { item(&block, index) }
            writer.write(UInt32(range.count))
            writer.write(UInt64(block.bytes.count))
            writer.append(block.bytes)
        }
    }

    /// The items in order. `item` gets each item's index in the whole list.
    static func read<T>(_ what: String, from reader: inout SnapshotReader,
                        item: @Sendable (inout SnapshotReader, Int) throws(SnapshotError) -> T) throws(SnapshotError) -> [T] {
        let (count, blocks) = try readBlocks(what, from: &reader) { block, range throws(SnapshotError) -> [T] in
            var decoded: [T] = []
            decoded.reserveCapacity(range.count)
            for index in range { decoded.append(try item(&block, index)) }
            return decoded
        }
        var all: [T] = []
        all.reserveCapacity(count)
        for items in blocks { all += items }
        return all
    }

    /// The list's item count and each block as `block` decodes it whole (given the indices of
    /// its items in the whole list), on all cores: for lists kept as flat tables, not per item.
    static func readBlocks<T>(_ what: String, from reader: inout SnapshotReader,
                              block decode: @Sendable (inout SnapshotReader, Range<Int>) throws(SnapshotError) -> T)
        throws(SnapshotError) -> (count: Int, blocks: [T]) {
        let count = try reader.readCount("\(what) count")
        let blockCount = try reader.readCount("\(what) block count", minimumSize: 12)
        var blocks: [(items: Range<Int>, reader: SnapshotReader)] = []
        blocks.reserveCapacity(blockCount)
        var first = 0
        for _ in 0..<blockCount {
            let items = Int(try reader.readUInt32("\(what) block size"))
            guard items <= count - first else { throw .malformed("\(what) blocks hold more than \(count) items") }
            blocks.append((first..<first + items, try reader.readBlock("\(what) block")))
            first += items
        }
        guard first == count else { throw .malformed("\(what) blocks hold \(first) items, not \(count)") }
        nonisolated(unsafe) let shared = blocks  // each block's reader is copied and read by one thread
        let results = ParallelChunks.map(blocks.indices.map { $0..<$0 + 1 }) { range -> Result<T, SnapshotError> in
            var block = shared[range.lowerBound].reader
            do throws(SnapshotError) {
                let decoded = try decode(&block, shared[range.lowerBound].items)
                guard block.isAtEnd else { throw .malformed("\(what) block ends with unread bytes") }
                return .success(decoded)
            } catch {
                return .failure(error)
            }
        }
        var decoded: [T] = []
        decoded.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let block): decoded.append(block)
            case .failure(let error): throw error
            }
        }
        return (count, decoded)
    }
}
