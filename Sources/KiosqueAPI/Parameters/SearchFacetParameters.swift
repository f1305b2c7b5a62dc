import KiosqueSearch

/// `facets=`: a comma-separated list of facet names, or `none`; absent, every facet.
enum SearchFacetParameters {
    static func facets(_ query: QueryParameters) throws(APIError) -> Set<SearchFacet> {
        guard let text = try query.string("facets") else { return Set(SearchFacet.allCases) }
        if text == "none" { return [] }
        var facets: Set<SearchFacet> = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let facet = SearchFacet(rawValue: String(name)) else {
                let names = SearchFacet.allCases.map(\.rawValue).joined(separator: ", ")
                throw .badParameter("facets", "'facets' must be 'none' or a comma-separated list of \(names), not '\(text.prefix(60))'.")
            }
            facets.insert(facet)
        }
        return facets
    }
}
