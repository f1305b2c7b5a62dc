import Synchronization

/// Tables of one slot per corpus entity (-1: none), lent to `Corpus.related(to:)` so that it
/// counts co-occurring entities by position instead of hashing them: at start it runs for
/// every entity over every pair sharing an article. A table is returned all -1 again, so
/// each thread's table is allocated once, not once per call.
final class EntitySlotTables: Sendable {
    private let free = Mutex<[[Int32]]>([])
    let entityCount: Int

    init(entityCount: Int) {
        self.entityCount = entityCount
    }

    /// Runs `body` with a table of `entityCount` slots, all -1; `body` must set back to -1
    /// every slot it wrote.
    func withTable<R>(_ body: (inout [Int32]) -> R) -> R {
        var table = free.withLock { $0.popLast() } ?? [Int32](repeating: -1, count: entityCount)
        let result = body(&table)
        free.withLock { $0.append(table) }
        return result
    }
}
