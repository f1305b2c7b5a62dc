import KiosqueCorpus

/// A search request: the query text in the query language, filters, order and page.
public struct SearchQuery: Sendable {
    public var text: String
    /// Entity ids that must all be in a hit.
    public var entityIDs: [String] = []
    public var entityType: EntityType?
    public var source: String?
    /// Sources of which a hit must have one (with `source`, if given); counted disjunctively:
    /// the sources facet counts the hits as if no source were selected.
    public var sources: [String] = []
    public var author: String?
    /// Inclusive date range, as `yyyymmdd`; only documents with a full date pass.
    public var from: Int?
    public var to: Int?
    public var sort: SearchSort = .relevance
    public var page = 1
    public var pageSize = 20
    /// How many entity facet values to return.
    public var entityFacetLimit = 10
    /// The facets to count (none: no counting at all).
    public var facets: Set<SearchFacet> = Set(SearchFacet.allCases)
    /// Treat the last word as a prefix (search as you type).
    public var prefixLastTerm = true

    public init(text: String) {
        self.text = text
    }
}

/// A facet a search can count.
public enum SearchFacet: String, Sendable, CaseIterable {
    case entities, types, sources, years, months
}

/// Result order.
public enum SearchSort: String, Sendable {
    case relevance
    case dateDescending = "-date"
    case dateAscending = "date"
}

/// Why a query cannot be run; the API answers 400 with this message.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
