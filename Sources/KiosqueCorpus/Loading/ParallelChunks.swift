import Dispatch

/// Work split into contiguous chunks of indices, one result per chunk, computed on all
/// cores. Results come back in chunk order, so a sequential merge of them sees the items in
/// their original order.
package enum ParallelChunks {
    /// Enough chunks to keep both cores busy when chunks differ in cost.
    package static let defaultChunkCount = 32

    /// The ranges `0..<count` is cut into.
    package static func ranges(count: Int, chunks: Int = defaultChunkCount) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let size = max(1, (count + chunks - 1) / chunks)
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// `body` applied to each range, in parallel; the results in range order.
    package static func map<T>(_ ranges: [Range<Int>], _ body: @Sendable (Range<Int>) -> T) -> [T] {
        var results = [T?](repeating: nil, count: ranges.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer  // each iteration writes its own element
            DispatchQueue.concurrentPerform(iterations: ranges.count) { part in
                output[part] = body(ranges[part])
            }
        }
        return results.compactMap { $0 }  // every slot was written above
    }
}
