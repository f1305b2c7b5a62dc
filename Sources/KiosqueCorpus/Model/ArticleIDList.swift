/// The ids of an entity's articles, stored as 32-bit positions into one id table that every
/// entity of a corpus shares: at 100,000 articles the entities' lists held 44 MB as strings.
/// Reads as a collection of ids, in corpus order.
public struct ArticleIDList: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    /// The corpus's article ids, in corpus order (never mutated once shared): its own strings,
    /// or read from the articles when asked (a snapshot's, in place: no copy of every id).
    package final class Table: Sendable {
        private let ids: [String]
        private let articles: ArticleList?

        package init(_ ids: [String]) {
            self.ids = ids
            articles = nil
        }

        init(articles: ArticleList) {
            ids = []
            self.articles = articles
        }

        var count: Int { articles?.count ?? ids.count }

        subscript(position: Int) -> String {
            articles?.id(at: position) ?? ids[position]
        }
    }

    /// Positions in `table`, each below its count.
    private let positions: [Int32]
    private let table: Table

    /// `positions` into `table`, each below its count (the resolver makes them so, the snapshot
    /// reader checks them).
    package init(positions: [Int32], table: Table) {
        self.positions = positions
        self.table = table
    }

    /// A list holding its own ids (tests, and entities made outside a corpus).
    public init(_ ids: [String]) {
        table = Table(ids)
        positions = ids.indices.map { Int32($0) }
    }

    public init(arrayLiteral ids: String...) {
        self.init(ids)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }

    /// The positions in `table`'s article order when this list reads `table` (a corpus's
    /// entities share one), else nil: callers then need no id lookup per article.
    package func positions(sharing table: Table) -> [Int32]? {
        self.table === table ? positions : nil
    }

    /// The id table this list reads.
    package var sharedTable: Table { table }

    public subscript(index: Int) -> String {
        table[Int(positions[index])]
    }

    public static func == (lhs: ArticleIDList, rhs: ArticleIDList) -> Bool {
        lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for id in self { hasher.combine(id) }
    }
}
