/// Counts the entities of scattered documents in place, in the document table's entity list,
/// where each document's run is ascending (most frequent entities first), in 16 bits when the
/// numbers fit. A run is rarely in cache: what costs is the lines fetched and the waits for
/// them. So only what can rank is counted (`count`), the runs' bounds of a batch of hits are
/// read before any run (loads that do not wait on each other), then the first entity of each
/// line of every run's head, then the rest, from cache. Measured at 100,000 Littré documents:
/// see Benchmarks/search/README.md.
enum EntityGather {
    /// Hits per batch.
    static let batchSize = 32

    /// Where counts go: `counts` per entity (zero for an entity not met yet), and `touched`
    /// (one slot more than the corpus's entities) lists the entities met, `listed` of them.
    struct Tally {
        let counts: UnsafeMutableBufferPointer<Int32>
        let touched: UnsafeMutableBufferPointer<Int32>
        var listed = 0

        /// One more for `entity`; listed when it is new. The listing is written every time and
        /// kept only for a new entity: no branch on a value that may still be on its way.
        @inline(__always)
        mutating func add(_ entity: Int) {
            let count = counts[entity]
            touched[listed] = Int32(truncatingIfNeeded: entity)
            listed += count == 0 ? 1 : 0
            counts[entity] = count &+ 1
        }
    }

    /// Counts enough of the hits' entities to rank the `limit` most frequent among them
    /// exactly (every entity when `limit` covers them all). Entities are numbered by their
    /// occurrences in the corpus, most first, so an entity's occurrences bound what any entity
    /// numbered after it can count. First the runs' heads, the entities numbered below a cut
    /// chosen from the hits' share of the corpus; then, when fewer than `limit` entities were
    /// met or the `limit`-th count is not above the occurrences of the first entity past the
    /// cut, the tails as well. Entities left uncounted cannot enter the top.
    static func count(_ hits: UnsafeBufferPointer<Int32>, columns: DocumentTable.Columns, occurrences: [Int32],
                      documentCount: Int, limit: Int, into tally: inout Tally) {
        if columns.narrowEntityList.isEmpty {
            count(hits, columns.entityStarts, columns.entityList, occurrences, documentCount, limit, &tally)
        } else {
            count(hits, columns.entityStarts, columns.narrowEntityList, occurrences, documentCount, limit, &tally)
        }
    }

    private static func count<Entity: FixedWidthInteger>(
        _ hits: UnsafeBufferPointer<Int32>, _ starts: UnsafeBufferPointer<Int32>, _ list: UnsafeBufferPointer<Entity>,
        _ occurrences: [Int32], _ documentCount: Int, _ limit: Int, _ tally: inout Tally
    ) {
        let entityCount = occurrences.count
        guard limit > 0, limit < entityCount else {
            countHeads(hits, starts, list, below: entityCount, &tally)
            return
        }
        // The limit-th count if entities fell on hits as on any document, halved for safety.
        let share = Double(hits.count) / Double(max(1, documentCount))
        let expected = Double(occurrences[limit - 1]) * share / 2
        var cut = limit
        var high = entityCount
        while cut < high {
            let middle = (cut + high) / 2
            if Double(occurrences[middle]) >= expected { cut = middle + 1 } else { high = middle }
        }
        countHeads(hits, starts, list, below: cut, &tally)
        guard cut < entityCount else { return }
        var best = Heap.Bounded(limit)
        for entity in tally.touched[0..<tally.listed] { best.insert(tally.counts[Int(entity)]) }
        if let threshold = best.threshold, occurrences[cut] < threshold { return }
        countTails(hits, starts, list, from: cut, &tally)
    }

    /// Counts the hits' entities numbered below `limit` (the head of each run).
    private static func countHeads<Entity: FixedWidthInteger>(
        _ hits: UnsafeBufferPointer<Int32>, _ starts: UnsafeBufferPointer<Int32>, _ list: UnsafeBufferPointer<Entity>,
        below limit: Int, _ tally: inout Tally
    ) {
        // Entity numbers per 64-byte cache line.
        let stride = 64 / MemoryLayout<Entity>.size
        batches(hits, starts) { bounds, size in
            // The first entity of each line of each run's head.
            for slot in 0..<size {
                var position = bounds[2 * slot]
                let high = bounds[2 * slot + 1]
                while position < high && Int(list[position]) < limit {
                    tally.add(Int(list[position]))
                    position += stride
                }
            }
            // The others, from cache.
            for slot in 0..<size {
                let (low, high) = (bounds[2 * slot], bounds[2 * slot + 1])
                var line = low
                while line < high && Int(list[line]) < limit {
                    var position = line + 1
                    let lineEnd = min(line + stride, high)
                    while position < lineEnd && Int(list[position]) < limit {
                        tally.add(Int(list[position]))
                        position += 1
                    }
                    line += stride
                }
            }
        }
    }

    /// Counts the hits' entities numbered `limit` or more (the tail of each run), read from
    /// each run's end.
    private static func countTails<Entity: FixedWidthInteger>(
        _ hits: UnsafeBufferPointer<Int32>, _ starts: UnsafeBufferPointer<Int32>, _ list: UnsafeBufferPointer<Entity>,
        from limit: Int, _ tally: inout Tally
    ) {
        batches(hits, starts) { bounds, size in
            for slot in 0..<size {
                let low = bounds[2 * slot]
                var position = bounds[2 * slot + 1] - 1
                while position >= low && Int(list[position]) >= limit {
                    tally.add(Int(list[position]))
                    position -= 1
                }
            }
        }
    }

    /// Hands `body` the hits batch by batch, with each hit's run bounds (start, end) read first.
    @inline(__always)
    private static func batches(_ hits: UnsafeBufferPointer<Int32>, _ starts: UnsafeBufferPointer<Int32>,
                                _ body: (UnsafeMutableBufferPointer<Int>, Int) -> Void) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * batchSize) { bounds in
            var next = 0
            while next < hits.count {
                let size = min(batchSize, hits.count - next)
                for slot in 0..<size {
                    let doc = Int(hits[next + slot])
                    bounds[2 * slot] = Int(starts[doc])
                    bounds[2 * slot + 1] = Int(starts[doc + 1])
                }
                body(bounds, size)
                next += size
            }
        }
    }
}
