import KiosqueCorpus

/// One page of hits, with exact totals and facets over all hits.
public struct SearchResult: Sendable {
    public let total: Int
    public let hits: [SearchHit]
    public let facets: SearchFacets
    public let tookMilliseconds: Double
}

/// One matching document.
public struct SearchHit: Sendable {
    public let id: String
    public let title: String
    public let score: Double
    /// HTML: the text escaped, matches wrapped in `<mark>`.
    public let snippet: String
    public let highlights: [Highlight]
}

/// Where a match is: the field and a range in UTF-16 code units of the original text.
public struct Highlight: Sendable, Hashable {
    public let field: TextField
    public let utf16Start: Int
    public let utf16Length: Int
}

/// Counts over every hit (not just the page).
public struct SearchFacets: Sendable {
    public let entities: [(id: String, name: String, type: EntityType, count: Int)]
    public let types: [(value: String, count: Int)]
    public let sources: [(value: String, count: Int)]
    /// `YYYY-MM` and `YYYY` of the hits with a full date, oldest first.
    public let months: [(value: String, count: Int)]
    public let years: [(value: String, count: Int)]
}

extension SearchFacets {
    static let none = SearchFacets(entities: [], types: [], sources: [], months: [], years: [])

    /// Only the facets asked for (the others empty).
    func selecting(_ wanted: Set<SearchFacet>) -> SearchFacets {
        SearchFacets(entities: wanted.contains(.entities) ? entities : [], types: wanted.contains(.types) ? types : [],
                     sources: wanted.contains(.sources) ? sources : [], months: wanted.contains(.months) ? months : [],
                     years: wanted.contains(.years) ? years : [])
    }
}
