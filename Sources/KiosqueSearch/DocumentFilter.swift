/// A query's filters resolved to numbers once, then checked per candidate on the document
/// table's arrays. A value the corpus does not have (an unknown entity, source or author)
/// matches no document.
struct DocumentFilter {
    private let table: DocumentTable
    private let entities: [Int32]
    private let typeBit: UInt8?
    /// Source numbers of which a document needs one (none: any source).
    private let sources: [Int32]
    private let author: Int32?
    private let from: Int?
    private let to: Int?
    private let matchesNothing: Bool
    /// No filter at all: every document passes.
    let isEmpty: Bool

    /// Whether the filter restricts sources (so that the sources facet can be counted before it).
    var hasSources: Bool { !sources.isEmpty || sourcesUnknown }
    private let sourcesUnknown: Bool

    /// `ignoringSources` leaves the source condition out (for disjunctive source counts).
    init(_ query: SearchQuery, table: DocumentTable, ignoringSources: Bool = false) {
        self.table = table
        var unknown = false
        entities = query.entityIDs.map { id in
            guard let number = table.entityNumbers[id] else { unknown = true; return -1 }
            return number
        }
        typeBit = query.entityType.map(DocumentTable.bit)
        let wanted = ignoringSources ? [] : (query.source.map { [$0] } ?? []) + query.sources
        sources = wanted.compactMap { table.sourceNumbers[DocumentTable.filterKey($0)] }
        sourcesUnknown = !wanted.isEmpty && sources.isEmpty
        author = query.author.map { table.authorNumbers[DocumentTable.filterKey($0)] ?? -1 }
        if sourcesUnknown || author == -1 { unknown = true }
        from = query.from
        to = query.to
        matchesNothing = unknown
        isEmpty = !unknown && entities.isEmpty && typeBit == nil && sources.isEmpty && author == nil && from == nil && to == nil
    }

    @inline(__always)
    func passes(_ doc: Int) -> Bool {
        if isEmpty { return true }
        if matchesNothing { return false }
        if !entities.isEmpty {
            let own = table.entities(of: doc)
            for entity in entities where !own.contains(entity) { return false }
        }
        if let typeBit, table.filterTypeMasks[doc] & typeBit == 0 { return false }
        if !sources.isEmpty, !sources.contains(table.sources[doc]) { return false }
        if let author, table.authors[doc] != author { return false }
        if from != nil || to != nil {
            let key = Int(table.filterDates[doc])
            guard key >= 0 else { return false }
            if let from, key < from { return false }
            if let to, key > to { return false }
        }
        return true
    }
}
