import Foundation
@testable import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// A snapshot start's article bodies, built on demand: the same bytes and ETags as the bodies a
/// raw start builds at once, kept while their cache slot is theirs, rebuilt after eviction.
@Suite struct ArticleBodiesTests {
    static func seeds() throws -> Corpus {
        try CorpusLoader.load(paths: [try PackageRoot.path("seeds")])
    }

    @Test func builtOnDemandMatchesWhatARawStartBuilds() throws {
        let corpus = try Self.seeds()
        let built = MemoryBodies(corpus: corpus, cacheControl: "c", articleOrder: corpus.chronology.newestFirst)
        let onDemand = ArticleBodies(corpus: corpus, cacheControl: "c")
        #expect(onDemand.count == corpus.articles.count && built.count(.article) == corpus.articles.count)
        for position in corpus.articles.indices {
            let expected = try #require(built.body(.article, at: position)), actual = try #require(onDemand.body(at: position))
            #expect(actual.gzip?.array == expected.gzip?.array && actual.etag == expected.etag)
            #expect(actual.identity.array == expected.identity.array && actual.identityCount == expected.identityCount)
        }
        #expect(onDemand.body(at: corpus.articles.count) == nil && onDemand.body(at: -1) == nil)
    }

    @Test func aBodyStaysCachedUntilAnotherArticleTakesItsSlot() throws {
        let corpus = try Self.seeds()
        try #require(corpus.articles.count >= 2)
        let bodies = ArticleBodies(corpus: corpus, cacheControl: "c", slotCount: 1)
        let first = try #require(bodies.body(at: 0))
        #expect(bodies.body(at: 0) === first)
        let second = try #require(bodies.body(at: 1))  // the only slot: evicts article 0
        #expect(second !== first && bodies.body(at: 1) === second)
        let rebuilt = try #require(bodies.body(at: 0))
        #expect(rebuilt !== first && rebuilt.etag == first.etag && rebuilt.gzip?.array == first.gzip?.array)
    }

    @Test func aSnapshotStoresNoArticleBodiesYetServesThem() throws {
        let corpus = try Self.seeds()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-\(UUID().uuidString).snapshot").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ServiceSnapshot.write(corpus, to: path)
        let stored = try #require(try ServiceSnapshot.load(path: path).responses)
        #expect(stored.count(.article) == 0 && stored.count(.entity) == corpus.entities.count)
    }
}
