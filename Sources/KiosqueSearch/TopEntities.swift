/// The `limit` most frequent entities (ties by name rank, then id) from counts offered one by
/// one. Most entities a query meets occur in one or two hits: a count below the worst kept is
/// dropped before its name rank is read, so only contenders touch the rank table.
struct TopEntities {
    struct Ranked: Comparable {
        let count: Int32, rank: Int32, entity: Int
        /// "Better first": more hits, then the earlier name.
        static func < (lhs: Ranked, rhs: Ranked) -> Bool { (rhs.count, lhs.rank) < (lhs.count, rhs.rank) }
    }

    /// A max-heap of the kept entities: the worst is on top.
    private var heap: [Ranked] = []
    private let limit: Int

    init(limit: Int) {
        self.limit = max(0, limit)
        heap.reserveCapacity(self.limit)
    }

    mutating func offer(entity: Int, count: Int32, ranks: UnsafeBufferPointer<Int32>) {
        guard limit > 0, count > 0 else { return }
        if heap.count == limit && count < heap[0].count { return }
        let ranked = Ranked(count: count, rank: ranks[entity], entity: entity)
        if heap.count < limit {
            heap.append(ranked)
            Heap.siftUp(&heap, heap.count - 1)
        } else if ranked < heap[0] {
            heap[0] = ranked
            Heap.siftDown(&heap, 0)
        }
    }

    /// Best first.
    func sorted() -> [Ranked] { heap.sorted() }
}
