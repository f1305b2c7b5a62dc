import KiosqueCorpus

/// A search request: the query text in the query language, filters, order and page.
public struct SearchQuery: Sendable {
    public var text: String
    /// Entity ids that must all be in a hit.
    public var entityIDs: [String] = []
    public var entityType: EntityType?
    public var source: String?
    public var author: String?
    /// Inclusive date range, as `yyyymmdd`; only documents with a full date pass.
    public var from: Int?
    public var to: Int?
    public var sort: SearchSort = .relevance
    public var page = 1
    public var pageSize = 20
    /// How many entity facet values to return.
    public var entityFacetLimit = 10
    /// Treat the last word as a prefix (search as you type).
    public var prefixLastTerm = true

    public init(text: String) {
        self.text = text
    }
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
