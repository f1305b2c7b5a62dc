import KiosqueCorpus

/// What filters, facets and date order read per document, as flat arrays of small integers:
/// a hit is checked and counted without touching its strings.
struct DocumentTable: Sendable {
    /// Every entity of the corpus once, and its rank by (name, id) for facet order.
    let entities: [(id: String, name: String, type: EntityType)]
    let entityNumbers: [String: Int32]
    let entityNameRanks: [Int32]
    /// Per document: start of its entities in `entityList` (one more entry at the end).
    let entityStarts: [Int32]
    let entityList: [Int32]
    /// Per document: one bit per entity type (`EntityType.allCases` order) as its entities
    /// list them (for the filter) and as the entity table has them (for the facet).
    let filterTypeMasks: [UInt8]
    let facetTypeMasks: [UInt8]
    /// Sources and authors by number; per document its number or -1.
    let sourceNames: [String]
    let sourceNumbers: [String: Int32]
    let sources: [Int32]
    let authorNumbers: [String: Int32]
    let authors: [Int32]
    /// `month * 100 + day` for the date filter, -1 without a full date.
    let filterDates: [Int32]
    /// `month * 100 + (day ?? 0)` for date order, -1 without a month.
    let sortDates: [Int32]
    /// Month 1–12 for the facet, 0 for none.
    let months: [UInt8]

    static let types = EntityType.allCases

    init(_ documents: [SearchDocument]) {
        var entities: [(id: String, name: String, type: EntityType)] = []
        var entityNumbers: [String: Int32] = [:]
        var entityStarts: [Int32] = [0], entityList: [Int32] = []
        var filterTypeMasks: [UInt8] = [], facetTypeMasks: [UInt8] = []
        var sourceNames: [String] = [], sourceNumbers: [String: Int32] = [:], sources: [Int32] = []
        var authorNames: [String] = [], authorNumbers: [String: Int32] = [:], authors: [Int32] = []
        var filterDates: [Int32] = [], sortDates: [Int32] = [], months: [UInt8] = []
        func number(_ value: String?, _ names: inout [String], _ numbers: inout [String: Int32]) -> Int32 {
            guard let value else { return -1 }
            if let known = numbers[value] { return known }
            names.append(value)
            numbers[value] = Int32(names.count - 1)
            return Int32(names.count - 1)
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
            sources.append(number(document.source, &sourceNames, &sourceNumbers))
            authors.append(number(document.author, &authorNames, &authorNumbers))
            if let month = document.month, let day = document.day { filterDates.append(Int32(clamping: month * 100 + day)) } else { filterDates.append(-1) }
            sortDates.append(document.month.map { Int32(clamping: $0 * 100 + (document.day ?? 0)) } ?? -1)
            months.append(document.month.map { (1...12).contains($0) ? UInt8($0) : 0 } ?? 0)
        }
        let byName = entities.indices.sorted { (entities[$0].name, entities[$0].id) < (entities[$1].name, entities[$1].id) }
        var ranks = [Int32](repeating: 0, count: entities.count)
        for (rank, entity) in byName.enumerated() { ranks[entity] = Int32(rank) }
        self.entities = entities
        self.entityNumbers = entityNumbers
        entityNameRanks = ranks
        self.entityStarts = entityStarts
        self.entityList = entityList
        self.filterTypeMasks = filterTypeMasks
        self.facetTypeMasks = facetTypeMasks
        self.sourceNames = sourceNames
        self.sourceNumbers = sourceNumbers
        self.sources = sources
        self.authorNumbers = authorNumbers
        self.authors = authors
        self.filterDates = filterDates
        self.sortDates = sortDates
        self.months = months
    }

    static func bit(_ type: EntityType) -> UInt8 {
        1 << UInt8(types.firstIndex(of: type) ?? 0)
    }

    func entities(of document: Int) -> ArraySlice<Int32> {
        entityList[Int(entityStarts[document])..<Int(entityStarts[document + 1])]
    }

    /// The per-document arrays that facets read, as buffers (valid inside `body` only).
    struct Columns {
        let entityStarts: UnsafeBufferPointer<Int32>
        let entityList: UnsafeBufferPointer<Int32>
        let facetTypeMasks: UnsafeBufferPointer<UInt8>
        let sources: UnsafeBufferPointer<Int32>
        let months: UnsafeBufferPointer<UInt8>
    }

    func withColumns<R>(_ body: (Columns) -> R) -> R {
        entityStarts.withUnsafeBufferPointer { entityStarts in
            entityList.withUnsafeBufferPointer { entityList in
                facetTypeMasks.withUnsafeBufferPointer { facetTypeMasks in
                    sources.withUnsafeBufferPointer { sources in
                        months.withUnsafeBufferPointer { months in
                            body(Columns(entityStarts: entityStarts, entityList: entityList, facetTypeMasks: facetTypeMasks,
                                         sources: sources, months: months))
                        }
                    }
                }
            }
        }
    }
}
