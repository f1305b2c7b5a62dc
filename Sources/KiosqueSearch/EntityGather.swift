/// Counts the entities of scattered documents. A hit's entities are a run of `entityList`
/// that is rarely in cache, and counting straight from it waits on one run after another.
/// Here a batch of hits first has its runs copied into a small local buffer (copies that do
/// not depend on each other, so the memory system fetches many runs at once), then counted
/// from there. Measured at 100,000 Littré documents (~40 entities each): see
/// Benchmarks/search/README.md.
enum EntityGather {
    /// Hits per batch, and the buffer's size in entity numbers.
    static let batchSize = 32
    static let bufferSize = 4096

    /// Adds each hit's entities to `counts`, listing in `touched` the entities first met
    /// (a count that was 0).
    static func count(_ hits: UnsafeBufferPointer<Int32>, columns: DocumentTable.Columns,
                      into counts: UnsafeMutableBufferPointer<Int32>, touched: inout [Int32]) {
        let starts = columns.entityStarts, list = columns.entityList
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: bufferSize) { buffer in
            var next = 0
            while next < hits.count {
                // Gather: copy runs while they fit (at least one, which may be counted in place).
                var filled = 0, end = next
                while end < hits.count && end - next < batchSize {
                    let doc = Int(hits[end])
                    let run = Int(starts[doc])..<Int(starts[doc + 1])
                    if filled + run.count > bufferSize { break }
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[filled..<(filled + run.count)])
                        .initialize(fromContentsOf: UnsafeBufferPointer(rebasing: list[run]))
                    filled += run.count
                    end += 1
                }
                if end == next {
                    // One run larger than the buffer: count it where it is.
                    let doc = Int(hits[next])
                    add(UnsafeBufferPointer(rebasing: list[Int(starts[doc])..<Int(starts[doc + 1])]), counts, &touched)
                    next += 1
                    continue
                }
                add(UnsafeBufferPointer(rebasing: buffer[0..<filled]), counts, &touched)
                next = end
            }
        }
    }

    @inline(__always)
    private static func add(_ entities: UnsafeBufferPointer<Int32>, _ counts: UnsafeMutableBufferPointer<Int32>,
                            _ touched: inout [Int32]) {
        for entity in entities {
            if counts[Int(entity)] == 0 { touched.append(entity) }
            counts[Int(entity)] += 1
        }
    }
}
