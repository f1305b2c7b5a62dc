import KiosqueCorpus
@testable import KiosqueSearch
import Testing

/// Facets count a query's entities only as far as they can rank (`EntityGather`: the runs'
/// heads, the tails only when an entity there could still enter the top). Whatever it skips,
/// the top it gives must be the top of a plain count over every hit, with the 16-bit list and
/// with the 32-bit one, and every entity it lists must carry its whole count.
@Suite struct EntityGatherTests {
    /// Entities from 0 to 40 a document, skewed to the first numbers (a few are in most
    /// documents, most in a handful), some listed twice; one document in nine has none.
    static let table: DocumentTable = {
        var generator = SeededGenerator(seed: 53)
        let documents = (0..<2400).map { doc in
            let count = doc % 9 == 0 ? 0 : Int.random(in: 1...40, using: &generator)
            let entities = (0..<count).map { _ in
                let entity = Int(Double(400) * pow(Double.random(in: 0..<1, using: &generator), 3))
                // Few names for many ids, so that equal counts are also ordered by id.
                return (id: "e\(entity)", type: EntityType.allCases[entity % 4], name: "Nom \(entity % 50)")
            }
            return SearchDocument(id: "d\(doc)", title: "T", paragraphs: ["p"], entities: entities, source: nil, author: nil,
                                  month: nil, day: nil)
        }
        return DocumentTable(documents)
    }()

    /// Hits drawn at random (`percent` of the documents), or, with `around`, the documents
    /// listing that rare entity and a few others: then a rare entity leads, and the tails count.
    @Test(arguments: [(1, nil), (4, nil), (20, nil), (45, nil), (1, 250), (2, 330)], [1, 3, 10, 60, 100_000])
    func topIsThePlainCountsTop(hitsDrawn: (percent: Int, around: Int?), limit: Int) {
        let (percent, around) = hitsDrawn
        var generator = SeededGenerator(seed: UInt64(percent * 1000 + limit))
        let table = Self.table
        let focus = around.flatMap { table.entityNumbers["e\($0)"] }
        #expect(around == nil || focus != nil)
        let hits = (0..<Int32(table.months.count)).filter { doc in
            Int.random(in: 0..<100, using: &generator) < percent || focus.map { table.entities(of: Int(doc)).contains($0) } == true
        }
        var plain = [Int32](repeating: 0, count: table.entities.count)
        for doc in hits { for entity in table.entities(of: Int(doc)) { plain[Int(entity)] += 1 } }
        let expected = plain.indices.filter { plain[$0] > 0 }
            .sorted { (plain[$1], table.entityNameRanks[$0]) < (plain[$0], table.entityNameRanks[$1]) }
            .prefix(limit)
        #expect(!table.narrowEntityList.isEmpty)
        // The corpus's size sets where heads end: told the hits are the whole corpus, the cut
        // comes early and the tails decide more often. The top must not change.
        for (narrow, documentCount) in [(true, table.months.count), (false, table.months.count), (true, max(1, hits.count))] {
            let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: table.entities.count)
            let touched = UnsafeMutableBufferPointer<Int32>.allocate(capacity: table.entities.count + 1)
            defer { counts.deallocate(); touched.deallocate() }
            counts.update(repeating: 0)
            var tally = EntityGather.Tally(counts: counts, touched: touched)
            hits.withUnsafeBufferPointer { hits in
                table.withColumns { columns in
                    let used = narrow ? columns : DocumentTable.Columns(
                        entityStarts: columns.entityStarts, entityList: columns.entityList, narrowEntityList: UnsafeBufferPointer(start: nil, count: 0),
                        facetTypeMasks: columns.facetTypeMasks, sources: columns.sources, months: columns.months)
                    EntityGather.count(hits, columns: used, occurrences: table.entityOccurrences, documentCount: documentCount,
                                       limit: limit, into: &tally)
                }
            }
            let listed = Array(touched[0..<tally.listed])
            #expect(Set(listed).count == listed.count, "an entity is listed once")
            for entity in listed { #expect(counts[Int(entity)] == plain[Int(entity)], "entity \(entity): a whole count") }
            var best = TopEntities(limit: limit)
            table.entityNameRanks.withUnsafeBufferPointer { ranks in
                for entity in listed { best.offer(entity: Int(entity), count: counts[Int(entity)], ranks: ranks) }
            }
            #expect(best.sorted().map(\.entity) == Array(expected), "\(percent) % of the documents, top \(limit), narrow \(narrow), corpus \(documentCount)")
        }
    }

    /// The occurrences bound every count, and the numbering follows them.
    @Test func entitiesAreNumberedByOccurrences() {
        let table = Self.table
        var occurrences = [Int32](repeating: 0, count: table.entities.count)
        for entity in table.entityList { occurrences[Int(entity)] += 1 }
        #expect(occurrences == table.entityOccurrences)
        #expect(zip(occurrences, occurrences.dropFirst()).allSatisfy { $0 >= $1 })
        for doc in 0..<table.months.count {
            let run = table.entities(of: doc)
            #expect(zip(run, run.dropFirst()).allSatisfy { $0 <= $1 }, "document \(doc)'s run is ascending")
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
