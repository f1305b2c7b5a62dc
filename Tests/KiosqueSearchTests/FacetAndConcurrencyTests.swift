import Dispatch
import KiosqueCorpus
@testable import KiosqueSearch
import Synchronization
import Testing

/// Facets are counted three ways (over hits, over misses, by bit sets) and queries share
/// pooled scratch memory: each way must give the plain count, and concurrent queries the
/// results they give alone.
@Suite struct FacetAndConcurrencyTests {
    /// Dense, overlapping entities (some listed twice in a document), sources and months.
    static let documents: [SearchDocument] = {
        var generator = SeededGenerator(seed: 31)
        let names = ["Cuba", "Russie", "Moscou", "Poutine", "Havane", "Abdala", "ONU", "Caraïbes"]
        return (0..<1500).map { doc in
            var entities = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                let entity = Int.random(in: 0..<names.count, using: &generator)
                return (id: "e\(entity)", type: EntityType.allCases[entity % 4], name: names[entity])
            }
            if doc % 97 == 0, let first = entities.first { entities.append(first) }
            let words = ["cuba", "russie", "vaccin", "blocus", "santé", "havane"]
            let text = (0..<8).map { _ in words.randomElement(using: &generator) ?? "cuba" }.joined(separator: " ")
            return SearchDocument(id: "d\(doc)", title: "Titre \(doc % 7)", paragraphs: [text], entities: entities,
                                  source: doc % 5 == 0 ? nil : "source\(doc % 3)", author: nil,
                                  month: doc % 11 == 0 ? nil : 1 + doc % 12, day: 1 + doc % 28,
                                  year: doc % 3 == 0 ? nil : 2019 + doc % 4)
        }
    }()
    static let index = SearchIndex(documents: documents)

    /// Counts straight from the documents, for the ids of a result's hits.
    static func expected(_ ids: Set<String>) -> (entities: [String: Int], types: [String: Int], sources: [String: Int], months: [String: Int], years: [String: Int]) {
        var result: (entities: [String: Int], types: [String: Int], sources: [String: Int], months: [String: Int], years: [String: Int]) = ([:], [:], [:], [:], [:])
        for document in documents where ids.contains(document.id) {
            for entity in document.entities { result.entities[entity.id, default: 0] += 1 }
            for type in Set(document.entities.map(\.type)) { result.types[type.rawValue, default: 0] += 1 }
            if let source = document.source { result.sources[source, default: 0] += 1 }
            // Month and year facets count only full dates (a year, a month).
            if let month = document.month, let year = document.year {
                result.months["\(year)-" + (month < 10 ? "0\(month)" : "\(month)"), default: 0] += 1
                result.years["\(year)", default: 0] += 1
            }
        }
        return result
    }

    @Test(arguments: ["cuba", "cuba russie", "santé", "vaccin blocus havane", "titre", "7", "-cuba", "cuba OR santé"])
    func facetsCountEveryHit(text: String) throws {
        var query = SearchQuery(text: text)
        query.pageSize = Self.documents.count
        query.entityFacetLimit = 100
        let result = try Self.index.search(query)
        let expected = Self.expected(Set(result.hits.map(\.id)))
        #expect(result.hits.count == result.total)
        #expect(Dictionary(uniqueKeysWithValues: result.facets.entities.map { ($0.id, $0.count) }) == expected.entities)
        #expect(Dictionary(uniqueKeysWithValues: result.facets.types.map { ($0.value, $0.count) }) == expected.types)
        #expect(Dictionary(uniqueKeysWithValues: result.facets.sources.map { ($0.value, $0.count) }) == expected.sources)
        #expect(Dictionary(uniqueKeysWithValues: result.facets.months.map { ($0.value, $0.count) }) == expected.months)
        #expect(Dictionary(uniqueKeysWithValues: result.facets.years.map { ($0.value, $0.count) }) == expected.years)
        #expect(result.facets.months.map(\.value) == result.facets.months.map(\.value).sorted())
    }

    /// The top entities in the API's order (most hits, then name, then id), of one type or of
    /// all, must be the first of a plain sort of the reference counts, whichever way they are
    /// counted and however entities are numbered inside the index.
    @Test(arguments: ["cuba", "havane", "vaccin blocus", "titre", "-cuba", "cuba OR santé"], [nil, EntityType.allCases[1]])
    func topEntitiesFollowThePlainOrder(text: String, type: EntityType?) throws {
        var query = SearchQuery(text: text)
        query.pageSize = Self.documents.count
        query.entityFacetLimit = 3
        query.entityType = type
        let result = try Self.index.search(query)
        let counts = Self.expected(Set(result.hits.map(\.id))).entities
        var names: [String: (name: String, type: EntityType)] = [:]
        for document in Self.documents { for entity in document.entities { names[entity.id] = (entity.name, entity.type) } }
        let expected = counts.filter { type == nil || names[$0.key]?.type == type }
            .sorted { ($1.value, names[$0.key]?.name ?? "", $0.key) < ($0.value, names[$1.key]?.name ?? "", $1.key) }
            .prefix(3)
        #expect(!expected.isEmpty)
        #expect(result.facets.entities.map(\.id) == expected.map(\.key))
        #expect(result.facets.entities.map(\.count) == expected.map(\.value))
    }

    @Test func bitSetsCountLikeVisits() {
        let table = Self.index.table
        let sets = FacetSets(table: table)
        var generator = SeededGenerator(seed: 37)
        for density in [1, 30, 50, 90, 100] {
            let hits = (0..<Int32(Self.documents.count)).filter { _ in Int.random(in: 0..<100, using: &generator) < density }
            var bits = [UInt64](repeating: 0, count: sets.words)
            for doc in hits { bits[Int(doc) >> 6] |= 1 << UInt64(doc & 63) }
            let counts = bits.withUnsafeBufferPointer { sets.count(hits: $0, entityLimit: table.entities.count) }
            let expected = Self.expected(Set(hits.map { "d\($0)" }))
            for (number, entity) in table.entities.enumerated() { #expect(Int(counts[number]) == expected.entities[entity.id, default: 0]) }
            for (bit, type) in DocumentTable.types.enumerated() { #expect(Int(counts[sets.typeBase + bit]) == expected.types[type.rawValue, default: 0]) }
        }
    }

    @Test func concurrentQueriesGetTheirOwnResults() throws {
        let texts = ["cuba", "russie santé", "\"cuba russie\"", "vacc*", "havnae", "-blocus", "titre 3", "cuba OR vaccin"]
        let queries = texts.map { SearchQuery(text: $0) } + texts.enumerated().map { offset, text in
            var query = SearchQuery(text: text)
            query.sort = offset % 2 == 0 ? .dateDescending : .dateAscending
            query.page = 2
            query.entityIDs = ["e\(offset % 8)"]
            return query
        }
        let alone = try queries.map { Self.signature(try Self.index.search($0)) }
        let mismatches = Mutex(0)
        // A few rounds are enough to interleave queries; more would starve the timer-based
        // suites that run beside this one (the debug build is slow).
        DispatchQueue.concurrentPerform(iterations: 6) { iteration in
            for offset in 0..<queries.count {
                let which = (offset + iteration) % queries.count
                let result = (try? Self.index.search(queries[which])).map(Self.signature)
                if result != alone[which] { mismatches.withLock { $0 += 1 } }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }

    static func signature(_ result: SearchResult) -> String {
        "\(result.total) " + result.hits.map { "\($0.id):\($0.score):\($0.highlights.count)" }.joined(separator: ",")
            + result.facets.entities.map { "\($0.id)=\($0.count)" }.joined(separator: ",")
    }
}
