import KiosqueText

/// The corpus's two date orders, computed once: every list, entity page and appearance reads
/// ranks instead of comparing dates and ids again. Both orders put full dates first, then
/// yearless datelines, then undated articles; ties go by id in natural order.
public struct ChronologicalOrder: Sendable {
    /// Article indices, newest first and oldest first.
    public let newestFirst: [Int]
    public let oldestFirst: [Int]
    /// Per article index: its position in each order.
    public let newestRank: [Int32]
    public let oldestRank: [Int32]

    public init(_ articles: [Article]) {
        func sorted(newest: Bool) -> [Int] {
            let keys = articles.map { Self.key(Chronology($0), newestFirst: newest) }
            return articles.indices.sorted { lhs, rhs in
                keys[lhs] != keys[rhs] ? keys[lhs] < keys[rhs] : Collation.naturalPrecedes(articles[lhs].id, articles[rhs].id)
            }
        }
        newestFirst = sorted(newest: true)
        oldestFirst = sorted(newest: false)
        newestRank = Self.ranks(newestFirst)
        oldestRank = Self.ranks(oldestFirst)
    }

    /// The orders as computed before (a snapshot's), if they are two permutations of
    /// `count` article indices; only the ranks are derived.
    package init?(newestFirst: [Int], oldestFirst: [Int], count: Int) {
        func isPermutation(_ order: [Int]) -> Bool {
            var seen = [Bool](repeating: false, count: count)
            for index in order {
                guard index >= 0, index < count, !seen[index] else { return false }
                seen[index] = true
            }
            return order.count == count
        }
        guard isPermutation(newestFirst), isPermutation(oldestFirst) else { return nil }
        self.newestFirst = newestFirst
        self.oldestFirst = oldestFirst
        newestRank = Self.ranks(newestFirst)
        oldestRank = Self.ranks(oldestFirst)
    }

    /// Group first (dated, yearless, undated), then the date, negated for newest first.
    static func key(_ chronology: Chronology, newestFirst: Bool) -> Key {
        let sign = newestFirst ? -1 : 1
        switch chronology {
        case .dated(let date): return Key(group: 0, day: sign * date.dayKey, second: sign * (date.secondsOfDay ?? -1))
        case .yearless(let month, let day): return Key(group: 1, day: sign * (month * 100 + day), second: 0)
        case .undated: return Key(group: 2, day: 0, second: 0)
        }
    }

    struct Key: Equatable, Comparable {
        let group: Int, day: Int, second: Int
        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.group, lhs.day, lhs.second) < (rhs.group, rhs.day, rhs.second) }
    }

    private static func ranks(_ order: [Int]) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: order.count)
        for (rank, index) in order.enumerated() { ranks[index] = Int32(rank) }
        return ranks
    }
}
