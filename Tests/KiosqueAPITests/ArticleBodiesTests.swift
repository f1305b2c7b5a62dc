import Foundation
@testable import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Article bodies, built on demand in raw and snapshot starts: each is the article's JSON
/// representation, kept while its cache slot is its own, rebuilt with the same bytes and ETag
/// after eviction or by another server.
@Suite struct ArticleBodiesTests {
    static func seeds() throws -> Corpus {
        try CorpusLoader.load(paths: [try PackageRoot.path("seeds")])
    }

    @Test func everyArticleBodyIsItsRepresentationWhicheverTableBuildsIt() throws {
        let corpus = try Self.seeds()
        let one = ArticleBodies(corpus: corpus, cacheControl: "c"), other = ArticleBodies(corpus: corpus, cacheControl: "c", slotCount: 1)
        #expect(one.count == corpus.articles.count)
        for (position, article) in corpus.articles.enumerated() {
            var json = JSONWriter()
            ArticleRepresentation.full(article, entities: corpus.entities(inArticle: article.id),
                                       names: { corpus.entity(id: $0)?.name ?? $0 }, into: &json)
            let body = try #require(one.body(at: position)), again = try #require(other.body(at: position))
            #expect(Gzip.decompress(try #require(body.gzip?.array)) == json.bytes)
            #expect(again.etag == body.etag && again.gzip?.array == body.gzip?.array)
        }
        #expect(one.body(at: corpus.articles.count) == nil && one.body(at: -1) == nil)
    }

    /// The ETag a client holds must not depend on which server (or which start) answered first.
    @Test func aFreshServerRevalidatesAnArticleItNeverBuilt() async throws {
        let first = try APITestServer.start(), second = try APITestServer.start()
        let path = "/api/v1/articles/277616"
        let answer = try await first.client().exchange(get(path, "Accept-Encoding: gzip\r\n"))
        let etag = try #require(answer.headers["ETag"])
        let revalidated = try await second.client().exchange(get(path, "Accept-Encoding: gzip\r\nIf-None-Match: \(etag)\r\n"))
        #expect(revalidated.status == 304 && revalidated.headers["ETag"] == etag)
        await first.stop()
        await second.stop()
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
