/// The `limit` most frequent entities (ties by name rank, then id) from counts offered one by
/// one. Most entities a query meets occur in one or two hits: a count below the worst kept is
/// dropped before its name rank is read, so only contenders touch the rank table.
struct TopEntities {
    struct Ranked: Comparable {
        let count: Int32, rank: Int32, entity: Int
        /// "Better first": more hits, then the earlier name.
        static func < (lhs: Ranked, rhs: Ranked) -> Bool { (rhs.count, lhs.rank) < (lhs.count, rhs.rank) }
    }

    /// The kept entities, worst on top (the same bounded heap as the ranking's).
    private var best: Ranking.TopK<Ranked>
    private let limit: Int

    init(limit: Int) {
        self.limit = max(0, limit)
        best = Ranking.TopK(self.limit)
    }

    mutating func offer(entity: Int, count: Int32, ranks: UnsafeBufferPointer<Int32>) {
        guard limit > 0, count > 0 else { return }
        if best.isFull && count < best.worst.count { return }
        best.insert(Ranked(count: count, rank: ranks[entity], entity: entity))
    }

    /// Best first.
    func sorted() -> [Ranked] { best.sorted() }
}
