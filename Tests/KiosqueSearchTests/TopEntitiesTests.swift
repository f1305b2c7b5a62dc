@testable import KiosqueSearch
import Testing

/// The facet's top entities, kept while counts are offered (dropping counts below the worst
/// kept before reading ranks), must be the first `limit` of a plain sort of every count.
@Suite struct TopEntitiesTests {
    @Test(arguments: [0, 1, 3, 10, 100, 600])
    func keepsThePlainSortsFirst(limit: Int) {
        var generator = SeededGenerator(seed: UInt64(41 + limit))
        let entityCount = 500
        // Few distinct counts, so that many ties are broken by rank; some entities never hit.
        let counts = (0..<entityCount).map { _ in Int32(Int.random(in: 0...6, using: &generator)) }
        let ranks = Array(Int32(0)..<Int32(entityCount)).shuffled(using: &generator)
        var best = TopEntities(limit: limit)
        ranks.withUnsafeBufferPointer { ranks in
            for entity in counts.indices { best.offer(entity: entity, count: counts[entity], ranks: ranks) }
        }
        let expected = counts.indices.filter { counts[$0] > 0 }
            .sorted { (counts[$1], ranks[$0]) < (counts[$0], ranks[$1]) }
            .prefix(limit)
        let kept = best.sorted()
        #expect(kept.map(\.entity) == Array(expected))
        #expect(kept.map(\.count) == expected.map { counts[$0] })
        #expect(kept.count == min(limit, counts.filter { $0 > 0 }.count))
    }
}
