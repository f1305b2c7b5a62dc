import KiosqueHTTP

/// The kinds of response body computed from the corpus (at start, or on first request), each a
/// table by position (an article's in `corpus.articles`, an entity's in `corpus.entities`; one
/// for a list).
enum BodyKind: Int, CaseIterable, Sendable {
    case article, entity, related, mentions, articleList, entityList
}

/// Where the prepared bodies live: in memory (built at start or on demand) or in a snapshot's mapping.
protocol PreparedBodies: Sendable {
    /// How many bodies of `kind` there are.
    func count(_ kind: BodyKind) -> Int
    /// The body of `kind` at `position`, nil outside the table.
    func body(_ kind: BodyKind, at position: Int) -> PreparedBody?
}

/// Bodies built in this process.
struct MemoryBodies: PreparedBodies {
    /// One table per `BodyKind`, in its order.
    let tables: [[PreparedBody]]

    func count(_ kind: BodyKind) -> Int {
        tables[kind.rawValue].count
    }

    func body(_ kind: BodyKind, at position: Int) -> PreparedBody? {
        let table = tables[kind.rawValue]
        return table.indices.contains(position) ? table[position] : nil
    }
}
