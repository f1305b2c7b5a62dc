import KiosqueCorpus

/// The document table's part of the index section: its arrays as written by the raw build, so
/// that a snapshot start reads them instead of rebuilding and renumbering the entities (a
/// quarter of a 100,000-article start's CPU); the per-document lists are viewed in place. Entities are stored as corpus positions, their
/// strings being the corpus's. Every number the query loops use as an index is checked here.
extension DocumentTable {
    func encode(into writer: inout SnapshotArraysWriter, corpusEntityIDs: [String]) {
        let positions = Dictionary(corpusEntityIDs.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { first, _ in first })
        writer.add(entities.map { positions[$0.id] ?? -1 })
        writer.add(entityNameRanks)
        writer.add(entityStarts)
        writer.add(entityList)
        writer.add(entityOccurrences)
        writer.add(narrowEntityList)
        writer.add(filterTypeMasks)
        writer.add(facetTypeMasks)
        writer.add(strings: sourceNames)
        writer.add(strings: Self.keysInOrder(sourceNumbers))
        writer.add(strings: Self.keysInOrder(authorNumbers))
        for list in [sources, authors, filterDates, sortDates.keys] { writer.add(list) }
        writer.add([UInt8(sortDates.newestRanks == nil ? 0 : 1)])
        writer.add(sortDates.newestRanks ?? Column([]))
        writer.add(sortDates.oldestRanks ?? Column([]))
        writer.add(strings: monthNames)
        writer.add(months)
    }

    /// Reads what `encode` wrote for the `documentCount` documents of a corpus of `corpusEntities`.
    init(from reader: inout SnapshotArraysReader, documentCount: Int, corpusEntities: [Entity], in path: String) throws(SnapshotError) {
        let positions: [Int32] = try reader.copy("table entities")
        guard positions.allSatisfy({ $0 >= 0 && Int($0) < corpusEntities.count }) else {
            throw .malformed("\(path): the document table names an entity the corpus does not have")
        }
        entities = positions.map { (id: corpusEntities[Int($0)].id, name: corpusEntities[Int($0)].name, type: corpusEntities[Int($0)].type) }
        entityNumbers = Dictionary(entities.enumerated().map { ($0.element.id, Int32($0.offset)) }, uniquingKeysWith: { first, _ in first })
        entityNameRanks = try reader.copy("entity name ranks")
        entityStarts = Column(try reader.array("document entity starts"))
        entityList = Column(try reader.array("document entities"))
        entityOccurrences = try reader.copy("entity occurrences")
        narrowEntityList = Column(try reader.array("document entities (16 bits)"))
        filterTypeMasks = Column(try reader.array("filter type masks"))
        facetTypeMasks = Column(try reader.array("facet type masks"))
        sourceNames = try reader.strings("source names")
        sourceNumbers = Self.numbered(try reader.strings("source keys"))
        authorNumbers = Self.numbered(try reader.strings("author keys"))
        sources = Column(try reader.array("document sources"))
        authors = Column(try reader.array("document authors"))
        filterDates = Column(try reader.array("filter dates"))
        let keys: Column<Int32> = Column(try reader.array("sort dates"))
        let ranked: [UInt8] = try reader.copy("date ranks flag")
        let newest: Column<Int32> = Column(try reader.array("newest ranks")), oldest: Column<Int32> = Column(try reader.array("oldest ranks"))
        sortDates = DateOrder(keys: keys, newestRanks: ranked == [1] ? newest : nil, oldestRanks: ranked == [1] ? oldest : nil)
        monthNames = try reader.strings("month names")
        months = Column(try reader.array("document months"))
        guard fits(documentCount: documentCount, ranked: ranked, newest: newest.count, oldest: oldest.count) else {
            throw .malformed("\(path): the document table's lists do not agree in size or bounds")
        }
    }

    /// Sizes and bounds of what was read: filters and facets index with these numbers unchecked.
    private func fits(documentCount: Int, ranked: [UInt8], newest: Int, oldest: Int) -> Bool {
        let perDocument = [filterTypeMasks.count, facetTypeMasks.count, sources.count, authors.count, filterDates.count,
                           sortDates.keys.count, months.count]
        guard perDocument.allSatisfy({ $0 == documentCount }), entityStarts.count == documentCount + 1,
              entityNameRanks.count == entities.count, entityOccurrences.count == entities.count,
              ranked == [0] ? newest == 0 && oldest == 0 : ranked == [1] && newest == documentCount && oldest == documentCount,
              narrowEntityList.isEmpty || narrowEntityList.count == entityList.count,
              entityStarts.first == 0, entityStarts.last.map(Int.init) == entityList.count,
              zip(entityStarts, entityStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              entityList.allSatisfy({ $0 >= 0 && Int($0) < entities.count }),
              narrowEntityList.allSatisfy({ Int($0) < entities.count }),
              entityNameRanks.allSatisfy({ $0 >= 0 && Int($0) < entities.count }),
              sources.allSatisfy({ $0 >= -1 && Int($0) < sourceNames.count }), sourceNumbers.count == sourceNames.count,
              authors.allSatisfy({ $0 >= -1 && Int($0) < authorNumbers.count }),
              months.allSatisfy({ Int($0) <= monthNames.count }) else { return false }
        return true
    }

    /// A name table's keys by number (its numbers run from 0 without gaps).
    private static func keysInOrder(_ numbers: [String: Int32]) -> [String] {
        numbers.sorted { $0.value < $1.value }.map(\.key)
    }

    private static func numbered(_ keys: [String]) -> [String: Int32] {
        Dictionary(keys.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { first, _ in first })
    }
}
