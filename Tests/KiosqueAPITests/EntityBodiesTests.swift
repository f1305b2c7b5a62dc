@testable import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Entity bodies, built on their first request in a raw start: the same bytes and ETags as the
/// bodies a snapshot stores, built once and kept.
@Suite struct EntityBodiesTests {
    static func seeds() throws -> Corpus {
        try CorpusLoader.load(paths: [try PackageRoot.path("seeds")])
    }

    @Test func everyBodyOnDemandIsTheBodyASnapshotStores() throws {
        let corpus = try Self.seeds()
        try #require(!corpus.entities.isEmpty)
        let stored = MemoryBodies(corpus: corpus, cacheControl: "c", articleOrder: corpus.chronology.newestFirst)
        let onDemand = EntityBodies(corpus: corpus, cacheControl: "c")
        #expect(onDemand.count == corpus.entities.count)
        for kind in EntityBodyKind.allCases {
            #expect(stored.count(kind.bodyKind) == corpus.entities.count)
            for position in corpus.entities.indices {
                let built = try #require(onDemand.body(kind, at: position))
                let kept = try #require(stored.body(kind.bodyKind, at: position))
                #expect(built.etag == kept.etag && built.gzip?.array == kept.gzip?.array, "\(kind) of \(corpus.entities[position].id)")
            }
        }
        #expect(onDemand.body(.entity, at: corpus.entities.count) == nil && onDemand.body(.mentions, at: -1) == nil)
    }

    @Test func aBodyIsBuiltOnceThenKept() throws {
        let corpus = try Self.seeds()
        try #require(!corpus.entities.isEmpty)
        let bodies = EntityBodies(corpus: corpus, cacheControl: "c")
        for kind in EntityBodyKind.allCases {
            let first = try #require(bodies.body(kind, at: 0))
            #expect(bodies.body(kind, at: 0) === first)
        }
        #expect(bodies.body(.entity, at: 0) !== bodies.body(.related, at: 0))
    }

    @Test func aRawStartServesEntityBodiesItDidNotPrepare() throws {
        let corpus = try Self.seeds()
        let data = ServiceData(corpus: corpus)
        #expect(!data.servesPreparedBodiesFromSnapshot)
        let prepared = MemoryBodies(listsOf: corpus, cacheControl: "c", articleOrder: corpus.chronology.newestFirst)
        #expect(prepared.count(.entity) == 0 && prepared.count(.articleList) == 1 && prepared.count(.entityList) == 1)
        let served = ServedBodies(prepared: prepared, articles: ArticleBodies(corpus: corpus, cacheControl: "c"),
                                  entities: EntityBodies(corpus: corpus, cacheControl: "c"))
        #expect(served.count(.related) == corpus.entities.count)
        #expect(served.body(.mentions, at: 0) != nil && served.body(.entityList, at: 0) != nil)
    }
}
