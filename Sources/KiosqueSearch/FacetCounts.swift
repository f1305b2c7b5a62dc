import KiosqueCorpus

/// Facet counts in arrays indexed by entity, type, source and month number, counted whichever
/// way is cheaper for the query: visiting the hits' entities (when hits, or the documents
/// missed, are few: the counts are then the corpus's minus the misses'), or intersecting the
/// hits' bits with each value's documents (`FacetSets`).
struct FacetCounts: Sendable {
    var entities: [Int32]
    /// The hits' entities with their counts, when counted by visiting few hits (then
    /// `entities` is empty): no array over every entity of the corpus is made or read.
    var sparseEntities: [(entity: Int32, count: Int32)]?
    var types: [Int32]
    var sources: [Int32]
    /// Index: the month's number in `DocumentTable.monthNames` + 1; 0 counts documents
    /// without a dated month.
    var months: [Int32]

    /// Visits costing at most this (in `perDocument` units) skip the comparison with the sets.
    static let cheapVisitCost = 250_000.0

    /// Counts over every document of the table.
    static func corpus(_ table: DocumentTable) -> FacetCounts {
        var counts = Visit(table: table)
        Array(0..<Int32(table.months.count)).withUnsafeBufferPointer { counts.add($0, table) }
        return counts.result()
    }

    /// Counts over `hits` (ascending documents); `bits` is scratch of one bit per document.
    static func hits(_ hits: UnsafeBufferPointer<Int32>, table: DocumentTable, corpus: FacetCounts, sets: FacetSets,
                     bits: UnsafeMutableBufferPointer<UInt64>, entityCounts: UnsafeMutableBufferPointer<Int32>,
                     touched: UnsafeMutableBufferPointer<Int32>, entityLimit: Int) -> FacetCounts {
        let documentCount = table.months.count
        let visited = min(hits.count, documentCount - hits.count)
        let perDocument = 4 + 1.2 * Double(table.entityList.count) / Double(max(1, documentCount))
        // Visiting up to this much is always cheap (measured at 100,000 Littré documents: with
        // the shortcut removed, 0.8–5 thousand hits took 1.5–2× longer through the sets).
        let cheapVisit = Double(visited) * perDocument <= Self.cheapVisitCost && hits.count * 2 <= documentCount
        if !cheapVisit && Double(visited) * perDocument > sets.cost(hits: hits.count, entityLimit: entityLimit) + Double(hits.count) {
            return intersecting(hits, table: table, sets: sets, bits: bits, entityLimit: entityLimit)
        }
        guard hits.count * 2 > documentCount else {
            return sparse(hits, table: table, entityCounts: entityCounts, touched: touched, entityLimit: entityLimit)
        }
        var counts = Visit(table: table)
        // Most documents hit: count the others, off the corpus's counts.
        var missed: [Int32] = []
        missed.reserveCapacity(documentCount - hits.count)
        var next = 0
        for doc in 0..<Int32(documentCount) {
            if next < hits.count && hits[next] == doc { next += 1 } else { missed.append(doc) }
        }
        missed.withUnsafeBufferPointer { counts.add($0, table) }
        return corpus.subtracting(counts.result())
    }

    /// Hits per source number.
    static func sources(_ hits: UnsafeBufferPointer<Int32>, table: DocumentTable) -> [Int32] {
        var counts = [Int32](repeating: 0, count: table.sourceNames.count)
        for doc in hits where table.sources[Int(doc)] >= 0 { counts[Int(table.sources[Int(doc)])] += 1 }
        return counts
    }

    /// Counts by visiting a few hits: entity counts go to `entityCounts` (all zero before and
    /// after), and only the entities met are listed (in `touched`, scratch of one more than
    /// the corpus's entities); of those, only what ranks the `entityLimit` first (`EntityGather`).
    private static func sparse(_ hits: UnsafeBufferPointer<Int32>, table: DocumentTable, entityCounts: UnsafeMutableBufferPointer<Int32>,
                               touched: UnsafeMutableBufferPointer<Int32>, entityLimit: Int) -> FacetCounts {
        var typeSets = [Int32](repeating: 0, count: 1 << DocumentTable.types.count)
        var sources = [Int32](repeating: 0, count: table.sourceNames.count)
        var months = [Int32](repeating: 0, count: table.monthNames.count + 1)
        var listed = 0
        table.withColumns { columns in
            for doc in hits.lazy.map(Int.init) {
                typeSets[Int(columns.facetTypeMasks[doc])] += 1
                if columns.sources[doc] >= 0 { sources[Int(columns.sources[doc])] += 1 }
                months[Int(columns.months[doc])] += 1
            }
            guard entityLimit > 0 else { return }
            var tally = EntityGather.Tally(counts: entityCounts, touched: touched)
            EntityGather.count(hits, columns: columns, occurrences: table.entityOccurrences, documentCount: table.months.count,
                               limit: entityLimit, into: &tally)
            listed = tally.listed
        }
        let met = UnsafeBufferPointer(rebasing: touched[0..<listed])
        let pairs = met.map { (entity: $0, count: entityCounts[Int($0)]) }
        for entity in met { entityCounts[Int(entity)] = 0 }
        var types = [Int32](repeating: 0, count: DocumentTable.types.count)
        for set in typeSets.indices where typeSets[set] > 0 {
            for bit in types.indices where set & (1 << bit) != 0 { types[bit] += typeSets[set] }
        }
        var counts = FacetCounts(entities: [], types: types, sources: sources, months: months)
        counts.sparseEntities = pairs
        return counts
    }

    /// Only the `entityLimit` most frequent entities get their counts (see `FacetSets`).
    private static func intersecting(_ hits: UnsafeBufferPointer<Int32>, table: DocumentTable, sets: FacetSets,
                                     bits: UnsafeMutableBufferPointer<UInt64>, entityLimit: Int) -> FacetCounts {
        let words = UnsafeMutableBufferPointer(rebasing: bits[0..<sets.words])
        words.update(repeating: 0)
        for doc in hits { words[Int(doc) >> 6] |= 1 << UInt64(doc & 63) }
        let values = sets.count(hits: UnsafeBufferPointer(words), entityLimit: entityLimit)
        return FacetCounts(entities: Array(values[0..<sets.typeBase]), types: Array(values[sets.typeBase..<sets.sourceBase]),
                           sources: Array(values[sets.sourceBase..<sets.monthBase]), months: [0] + values[sets.monthBase..<sets.valueCount])
    }

    /// Counting by visiting documents, into one flat array: entities, then sets of types (a
    /// 4-bit mask each, expanded to types at the end), sources, months.
    private struct Visit {
        var counts: [Int32]
        let typeBase: Int, sourceBase: Int, monthBase: Int

        init(table: DocumentTable) {
            typeBase = table.entities.count
            sourceBase = typeBase + (1 << DocumentTable.types.count)
            monthBase = sourceBase + table.sourceNames.count
            counts = Array(repeating: 0, count: monthBase + table.monthNames.count + 1)
        }

        mutating func add(_ documents: UnsafeBufferPointer<Int32>, _ table: DocumentTable) {
            let (typeBase, sourceBase, monthBase) = (typeBase, sourceBase, monthBase)
            counts.withUnsafeMutableBufferPointer { counts in
                table.withColumns { columns in
                    for index in documents.indices {
                        let doc = Int(documents[index])
                        for entity in Int(columns.entityStarts[doc])..<Int(columns.entityStarts[doc + 1]) {
                            counts[Int(columns.entityList[entity])] += 1
                        }
                        counts[typeBase + Int(columns.facetTypeMasks[doc])] += 1
                        if columns.sources[doc] >= 0 { counts[sourceBase + Int(columns.sources[doc])] += 1 }
                        counts[monthBase + Int(columns.months[doc])] += 1
                    }
                }
            }
        }

        func result() -> FacetCounts {
            var types = [Int32](repeating: 0, count: DocumentTable.types.count)
            for set in 0..<(sourceBase - typeBase) where counts[typeBase + set] > 0 {
                for bit in types.indices where set & (1 << bit) != 0 { types[bit] += counts[typeBase + set] }
            }
            return FacetCounts(entities: Array(counts[0..<typeBase]), types: types, sources: Array(counts[sourceBase..<monthBase]),
                               months: Array(counts[monthBase...]))
        }
    }

    private init(entities: [Int32], types: [Int32], sources: [Int32], months: [Int32]) {
        self.entities = entities
        self.types = types
        self.sources = sources
        self.months = months
    }

    private func subtracting(_ other: FacetCounts) -> FacetCounts {
        var result = self
        for index in entities.indices { result.entities[index] -= other.entities[index] }
        for index in types.indices { result.types[index] -= other.types[index] }
        for index in sources.indices { result.sources[index] -= other.sources[index] }
        for index in months.indices { result.months[index] -= other.months[index] }
        return result
    }

    /// The facets as the API gives them: the `limit` most frequent entities (of `type`, when
    /// given; ties by name, then id), every type, source and month with its count.
    func facets(table: DocumentTable, limit: Int, type: EntityType? = nil) -> SearchFacets {
        var best = TopEntities(limit: limit)
        table.entityNameRanks.withUnsafeBufferPointer { ranks in
            if let sparseEntities {
                for (entity, count) in sparseEntities where type == nil || table.entities[Int(entity)].type == type {
                    best.offer(entity: Int(entity), count: count, ranks: ranks)
                }
            } else {
                for entity in entities.indices where entities[entity] > 0 && (type == nil || table.entities[entity].type == type) {
                    best.offer(entity: entity, count: entities[entity], ranks: ranks)
                }
            }
        }
        let ranked = best.sorted()
        let top = ranked.map { ranked in
            let entity = table.entities[ranked.entity]
            return (id: entity.id, name: entity.name, type: entity.type, count: Int(ranked.count))
        }
        let typeList = DocumentTable.types.enumerated().filter { types[$0.offset] > 0 }
            .map { (value: $0.element.rawValue, count: Int(types[$0.offset])) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        let sourceList = sources.indices.filter { sources[$0] > 0 }
            .map { (value: table.sourceNames[$0], count: Int(sources[$0])) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        let monthList = table.monthNames.indices.filter { months[$0 + 1] > 0 }
            .map { (value: table.monthNames[$0], count: Int(months[$0 + 1])) }
        // Years add up their months (`2021-11` → `2021`), oldest first like the months.
        var yearList: [(value: String, count: Int)] = []
        for month in monthList {
            let year = String(month.value.prefix(4))
            if yearList.last?.value == year { yearList[yearList.count - 1].count += month.count } else { yearList.append((year, month.count)) }
        }
        return SearchFacets(entities: top, types: typeList, sources: sourceList, months: monthList, years: yearList)
    }
}
