import KiosqueCorpus
import KiosqueText

/// What filters, facets and date order read per document, as flat arrays of small integers:
/// a hit is checked and counted without touching its strings. The per-document lists are
/// `Column`s over `FlatArray`s, so that a snapshot start views them in its mapping instead of
/// copying them.
struct DocumentTable: Sendable {
    /// Every entity of the corpus once, and its rank by (name, id) for facet order.
    let entities: [(id: String, name: String, type: EntityType)]
    let entityNumbers: [String: Int32]
    let entityNameRanks: [Int32]
    /// Per document: start of its entities in `entityList` (one more entry at the end); each
    /// document's run ascending, so its most frequent entities come first.
    let entityStarts: Column<Int32>
    let entityList: Column<Int32>
    /// The same list in 16 bits, when every entity number fits (else empty): half the memory
    /// that counting a query's hits pulls in (`EntityGather`).
    let narrowEntityList: Column<UInt16>
    /// Per entity: how many times `entityList` lists it, the most a query can count; entities
    /// are numbered by it, so it never grows with the number.
    let entityOccurrences: [Int32]
    /// Per document: one bit per entity type (`EntityType.allCases` order) as its entities
    /// list them (for the filter) and as the entity table has them (for the facet).
    let filterTypeMasks: Column<UInt8>
    let facetTypeMasks: Column<UInt8>
    /// Sources and authors by number, one number per folded spelling (`Granma`, `granma`),
    /// named by the first spelling seen; per document its number or -1.
    let sourceNames: [String]
    let sourceNumbers: [String: Int32]
    let sources: Column<Int32>
    let authorNumbers: [String: Int32]
    let authors: Column<Int32>
    /// `yyyymmdd` for the date filter, -1 without a full date (a year, month and day).
    let filterDates: Column<Int32>
    /// What date order reads (see `DateOrder`).
    let sortDates: DateOrder
    /// The `YYYY-MM` months of the dated documents, oldest first; per document its month's
    /// number + 1, 0 for none (the facet counts only dates with a year).
    let monthNames: [String]
    let months: Column<UInt16>

    static let types = EntityType.allCases

    init(_ documents: [SearchDocument]) {
        var entities: [(id: String, name: String, type: EntityType)] = []
        var entityNumbers: [String: Int32] = [:]
        var entityStarts: [Int32] = [0], entityList: [Int32] = []
        var filterTypeMasks: [UInt8] = [], facetTypeMasks: [UInt8] = []
        var sourceNames: [String] = [], sourceNumbers: [String: Int32] = [:], sources: [Int32] = []
        var authorNames: [String] = [], authorNumbers: [String: Int32] = [:], authors: [Int32] = []
        var filterDates: [Int32] = [], sortDates: [Int32] = [], monthKeys: [Int32] = []
        // Each spelling is folded once: sources and authors repeat across thousands of documents.
        var sourceSpellings: [String: Int32] = [:], authorSpellings: [String: Int32] = [:]
        func number(_ value: String?, _ names: inout [String], _ numbers: inout [String: Int32], _ spellings: inout [String: Int32]) -> Int32 {
            guard let value else { return -1 }
            if let known = spellings[value] { return known }
            let key = Self.filterKey(value)
            let found: Int32
            if let known = numbers[key] {
                found = known
            } else {
                names.append(value)
                found = Int32(names.count - 1)
                numbers[key] = found
            }
            spellings[value] = found
            return found
        }
        for document in documents {
            var filterMask: UInt8 = 0, facetMask: UInt8 = 0
            for entity in document.entities {
                let entityNumber: Int32
                if let known = entityNumbers[entity.id] {
                    entityNumber = known
                } else {
                    entityNumber = Int32(entities.count)
                    entities.append((id: entity.id, name: entity.name, type: entity.type))
                    entityNumbers[entity.id] = entityNumber
                }
                entityList.append(entityNumber)
                filterMask |= Self.bit(entity.type)
                facetMask |= Self.bit(entities[Int(entityNumber)].type)
            }
            entityStarts.append(Int32(entityList.count))
            filterTypeMasks.append(filterMask)
            facetTypeMasks.append(facetMask)
            sources.append(number(document.source, &sourceNames, &sourceNumbers, &sourceSpellings))
            authors.append(number(document.author, &authorNames, &authorNumbers, &authorSpellings))
            let monthDay = document.month.map { $0 * 100 + (document.day ?? 0) }
            if let year = document.year, let monthDay {
                filterDates.append(document.day == nil ? -1 : Int32(clamping: year * 10_000 + monthDay))
                sortDates.append(Int32(clamping: year * 10_000 + monthDay))
                monthKeys.append(Int32(clamping: year * 100 + monthDay / 100))
            } else {
                filterDates.append(-1)
                sortDates.append(monthDay.map { Int32(clamping: $0) } ?? -1)
                monthKeys.append(-1)
            }
        }
        let occurrences = Self.numberByFrequency(&entities, &entityNumbers, &entityList, runs: entityStarts)
        let distinctMonths = Set(monthKeys.filter { $0 >= 0 }).sorted()
        let monthNumbers = Dictionary(uniqueKeysWithValues: distinctMonths.enumerated().map { ($0.element, UInt16(clamping: $0.offset + 1)) })
        let months = monthKeys.map { monthNumbers[$0] ?? 0 }
        monthNames = distinctMonths.map { key in
            let (year, month) = (Int(key) / 100, Int(key) % 100)
            return String(repeating: "0", count: max(0, 4 - String(year).count)) + "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
        }
        let byName = entities.indices.sorted { (entities[$0].name, entities[$0].id) < (entities[$1].name, entities[$1].id) }
        var ranks = [Int32](repeating: 0, count: entities.count)
        for (rank, entity) in byName.enumerated() { ranks[entity] = Int32(rank) }
        self.entities = entities
        self.entityNumbers = entityNumbers
        entityNameRanks = ranks
        self.entityStarts = Column(entityStarts)
        self.entityList = Column(entityList)
        narrowEntityList = Column(entities.count <= Int(UInt16.max) + 1 ? entityList.map { UInt16(truncatingIfNeeded: $0) } : [])
        entityOccurrences = occurrences
        self.filterTypeMasks = Column(filterTypeMasks)
        self.facetTypeMasks = Column(facetTypeMasks)
        self.sourceNames = sourceNames
        self.sourceNumbers = sourceNumbers
        self.sources = Column(sources)
        self.authorNumbers = authorNumbers
        self.authors = Column(authors)
        self.filterDates = Column(filterDates)
        let ranked = documents.allSatisfy { $0.dateRanks != nil }
        self.sortDates = DateOrder(keys: Column(sortDates),
                                   newestRanks: ranked ? Column(documents.map { $0.dateRanks?.newest ?? 0 }) : nil,
                                   oldestRanks: ranked ? Column(documents.map { $0.dateRanks?.oldest ?? 0 }) : nil)
        self.months = Column(months)
    }

    /// Renumbers entities most frequent first: counting a query's hits per entity then adds
    /// mostly into the first few thousand counters, which stay in cache, instead of all over
    /// an array as large as the corpus's entities. Each document's run is then sorted, so that
    /// facets can count its frequent entities alone (`FacetCounts.sparse`). Returns each
    /// entity's occurrences, by new number.
    private static func numberByFrequency(_ entities: inout [(id: String, name: String, type: EntityType)],
                                          _ numbers: inout [String: Int32], _ list: inout [Int32], runs: [Int32]) -> [Int32] {
        var occurrences = [Int32](repeating: 0, count: entities.count)
        for entity in list { occurrences[Int(entity)] += 1 }
        // Ties keep the order of first appearance, so the numbering is deterministic.
        let order = entities.indices.sorted { (occurrences[$1], $0) < (occurrences[$0], $1) }
        var renumbered = [Int32](repeating: 0, count: entities.count)
        for (number, old) in order.enumerated() { renumbered[old] = Int32(number) }
        entities = order.map { entities[$0] }
        for index in list.indices { list[index] = renumbered[Int(list[index])] }
        for (id, old) in numbers { numbers[id] = renumbered[Int(old)] }
        for run in zip(runs, runs.dropFirst()) { list[Int(run.0)..<Int(run.1)].sort() }
        return order.map { occurrences[$0] }
    }

    /// How source and author filters compare: case, accents and hyphens folded.
    static func filterKey(_ value: String) -> String { TextFolding.foldName(value) }

    static func bit(_ type: EntityType) -> UInt8 {
        1 << UInt8(types.firstIndex(of: type) ?? 0)
    }

    func entities(of document: Int) -> Slice<Column<Int32>> {
        entityList[Int(entityStarts[document])..<Int(entityStarts[document + 1])]
    }

    /// The per-document arrays that facets read, as buffers (valid inside `body` only).
    struct Columns {
        let entityStarts: UnsafeBufferPointer<Int32>
        let entityList: UnsafeBufferPointer<Int32>
        let narrowEntityList: UnsafeBufferPointer<UInt16>
        let facetTypeMasks: UnsafeBufferPointer<UInt8>
        let sources: UnsafeBufferPointer<Int32>
        let months: UnsafeBufferPointer<UInt16>
    }

    func withColumns<R>(_ body: (Columns) -> R) -> R {
        entityStarts.withUnsafeBufferPointer { entityStarts in
            entityList.withUnsafeBufferPointer { entityList in
                narrowEntityList.withUnsafeBufferPointer { narrowEntityList in
                    facetTypeMasks.withUnsafeBufferPointer { facetTypeMasks in
                        sources.withUnsafeBufferPointer { sources in
                            months.withUnsafeBufferPointer { months in
                                body(Columns(entityStarts: entityStarts, entityList: entityList, narrowEntityList: narrowEntityList,
                                             facetTypeMasks: facetTypeMasks, sources: sources, months: months))
                            }
                        }
                    }
                }
            }
        }
    }
}
