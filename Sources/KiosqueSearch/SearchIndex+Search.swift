import Dispatch
import KiosqueCorpus
import KiosqueText

extension SearchIndex {
    /// Runs `query`: parses it, finds and scores every matching document, filters, picks the
    /// page, and computes facets over all hits and highlights for the page.
    public func search(_ query: SearchQuery) throws(QueryError) -> SearchResult {
        let started = DispatchTime.now().uptimeNanoseconds
        let parsed = try QueryParser.parse(query.text, prefixLast: query.prefixLastTerm)
        // Stop words are required only when the query has nothing else.
        let groups = parsed.required.filter { group in !group.allSatisfy(isStopWordTerm) }
        let kept = groups.isEmpty ? parsed.required : groups
        let compiled = kept.map { group in group.map { compile($0, expand: true) } }
        let exclusions = parsed.excluded.map { compile($0, expand: false) }
        let filter = DocumentFilter(query, table: table)
        // Sources are counted disjunctively: matched without the source condition, counted, then filtered.
        let disjunctive = query.facets.contains(.sources) && filter.hasSources
        let matchFilter = disjunctive ? DocumentFilter(query, table: table, ignoringSources: true) : filter
        let single = parsed.excluded.isEmpty && filter.isEmpty && query.sort == .relevance ? Self.singleList(compiled) : nil
        let (page, total, facets) = withView { view in
            let matcher = CandidateMatcher(view: view, scratch: scratch.take())
            defer { scratch.give(matcher.scratch) }
            if let single {
                // One word of one term: its list is the hits, in order; no copy, no full ranking.
                let range = view.range(of: single.term)
                let page = TopPostings.page(range, factor: single.factor, view: view, start: min(range.count, Self.pageStart(query)),
                                            size: query.pageSize)
                let facets = query.facets.isEmpty ? SearchFacets.none
                    : facetCounts(view.documents.unpack(range, into: matcher.scratch.documents), query, scratch: matcher.scratch)
                return (page, range.count, facets)
            }
            if compiled.isEmpty {
                // Only exclusions (`-washington`): every document but the excluded ones.
                if !parsed.excluded.isEmpty { matcher.takeAll(matchFilter) }
                for clause in exclusions where matcher.count > 0 { matcher.exclude(clause, seedScored: false) }
            } else {
                Self.match(compiled, exclusions: exclusions, filter: matchFilter, view: view, matcher: matcher)
            }
            var sourceCounts: [Int32]?
            if disjunctive {
                sourceCounts = FacetCounts.sources(UnsafeBufferPointer(matcher.scratch.candidates), table: table)
                matcher.keep { filter.passes(Int($0)) }
            }
            let found = matcher.scratch
            let documents = UnsafeBufferPointer(found.candidates)
            let scores = UnsafeBufferPointer(rebasing: found.totals[0..<found.count])
            let page = Ranking.page(documents: documents, scores: scores, order: query.sort, sortDates: table.sortDates,
                                    start: min(found.count, Self.pageStart(query)), size: query.pageSize)
            return (page, found.count, facetCounts(documents, query, scratch: found, sources: sourceCounts))
        }
        let highlighter = page.isEmpty ? Highlighter(index: self, terms: [])
            : Highlighter(index: self, terms: matchedTerms(compiled, kept), phrases: Self.phrases(compiled),
                          metadata: Self.metadataLists(compiled, kept))
        let hits = page.map { highlighter.hit(Int($0.doc), score: $0.score) }
        let took = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        return SearchResult(total: total, hits: hits, facets: facets, tookMilliseconds: took)
    }

    /// The facets asked for, over `hits` (ascending); `sources` replaces the sources' counts
    /// (counted before the source filter).
    private func facetCounts(_ hits: UnsafeBufferPointer<Int32>, _ query: SearchQuery, scratch: QueryScratch,
                             sources: [Int32]? = nil) -> SearchFacets {
        guard !query.facets.isEmpty else { return SearchFacets.none }
        // With a type, the top entities of that type may be past the overall top: count them all.
        let entityLimit = !query.facets.contains(.entities) ? 0 : (query.entityType == nil ? query.entityFacetLimit : table.entities.count)
        var counts = FacetCounts.hits(hits, table: table, corpus: corpusFacets, sets: facetSets, bits: scratch.bits,
                                      entityCounts: scratch.entityCounts, touched: scratch.touchedEntities, entityLimit: entityLimit)
        if let sources { counts.sources = sources }
        return counts.facets(table: table, limit: query.entityFacetLimit, type: query.entityType).selecting(query.facets)
    }

    /// The one term of a query that is a single word matching a single term.
    private static func singleList(_ groups: [[CompiledClause]]) -> Expansion? {
        guard groups.count == 1, groups[0].count == 1, case .term(let expansions) = groups[0][0], expansions.count == 1 else { return nil }
        return expansions[0]
    }

    /// Seeds the candidates from the group expected to match fewest documents, drops the
    /// excluded ones, then scores every group in query order (so that scores add up in the
    /// same order whatever the seed), keeping the candidates that match each.
    private static func match(_ groups: [[CompiledClause]], exclusions: [CompiledClause], filter: DocumentFilter,
                              view: IndexView, matcher: CandidateMatcher) {
        let estimates = groups.map { CandidateMatcher.estimate($0, view) }
        guard let seed = estimates.indices.min(by: { estimates[$0] < estimates[$1] }) else { return }
        let seedScored = matcher.seed(groups[seed], filter: filter)
        for clause in exclusions where matcher.count > 0 { matcher.exclude(clause, seedScored: seedScored) }
        for (index, group) in groups.enumerated() where matcher.count > 0 {
            if index == seed && seedScored {
                matcher.addSeedScores(first: index == 0)
            } else {
                matcher.scoreGroup(group)
                matcher.keepMatches(first: index == 0, seedScored: seedScored)
            }
        }
    }

    /// The terms to highlight: every expansion of every word (of a title word too).
    private func matchedTerms(_ groups: [[CompiledClause]], _ clauses: [[ParsedQuery.Clause]]) -> Set<Int32> {
        var terms: Set<Int32> = []
        for (clause, parsed) in zip(groups.joined(), clauses.joined()) {
            switch (clause, parsed) {
            case (.term(let expansions), _): terms.formUnion(expansions.map(\.term))
            case (.documents, .titleTerm(let word, let prefix)): terms.formUnion(expansions(of: word, prefix: prefix).map(\.term))
            default: break
            }
        }
        return terms
    }

    /// The phrases that can match, each as its words' terms.
    private static func phrases(_ groups: [[CompiledClause]]) -> [[[Int32]]] {
        groups.joined().compactMap { clause in
            if case .phrase(let words) = clause, !words.contains(where: \.isEmpty) { return words }
            return nil
        }
    }

    /// The documents each `author:` and `source:` clause matched, with its field.
    private static func metadataLists(_ groups: [[CompiledClause]], _ clauses: [[ParsedQuery.Clause]]) -> [(field: TextField, list: DocumentList)] {
        zip(groups.joined(), clauses.joined()).compactMap { clause, parsed in
            guard case .documents(let list) = clause, case .metadata(let field, _) = parsed, field != .entity else { return nil }
            return (field == .author ? .author : .source, list)
        }
    }

    /// The index of the page's first hit, saturating instead of overflowing.
    private static func pageStart(_ query: SearchQuery) -> Int {
        let (start, overflow) = max(0, query.page - 1).multipliedReportingOverflow(by: max(0, query.pageSize))
        return overflow ? .max : start
    }

    private func isStopWordTerm(_ clause: ParsedQuery.Clause) -> Bool {
        if case .term(let word, let prefix) = clause, !prefix { return StopWords.contains(folded: TextFolding.foldAccents(word)) }
        return false
    }
}
