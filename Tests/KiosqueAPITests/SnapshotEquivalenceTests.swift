import Foundation
import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch
import KiosqueTestSupport
import Testing

/// A server started from raw JSONL and one started from a snapshot of the same JSONL (its
/// prepared bodies served from the mapping) answer every request with the same status,
/// headers (but `Date`) and body bytes, in both encodings and conditionally.
@Suite(.serialized) struct SnapshotEquivalenceTests {
    @Test func everyEndpointAnswersTheSameFromRawAndSnapshot() async throws {
        let source = try GeneratedCorpus.write(count: 150)
        let snapshotPath = source + ".snapshot"
        defer { try? FileManager.default.removeItem(atPath: (source as NSString).deletingLastPathComponent) }
        let raw = try CorpusLoader.load(paths: [source])
        try ServiceSnapshot.write(raw, to: snapshotPath)
        let mapped = try ServiceSnapshot.load(path: snapshotPath)
        #expect(mapped.servesPreparedBodiesFromSnapshot && mapped.index != nil)
        #expect(raw.articles.count == 150 && !raw.entities.isEmpty)
        #expect(raw.loadReport.skipped.count == 1 && raw.loadReport.duplicates.count == 1)

        let rawServer = try Self.server(ServiceData(corpus: raw)), snapshotServer = try Self.server(mapped)
        let paths = try await Self.paths(discoveredFrom: rawServer, corpus: raw)
        #expect(paths.count > 200)
        var revalidated = 0
        // Clients wait up to 30 s: the suite may share two cores with other test runs.
        for path in paths {
            for extra in ["", "Accept-Encoding: gzip\r\n", "Accept-Encoding: identity\r\n"] {
                let expected = try await rawServer.client(timeout: 30).exchange(get(path, extra))
                let actual = try await snapshotServer.client(timeout: 30).exchange(get(path, extra))
                if !extra.contains("identity"), !Self.measuresTime(path), let etag = expected.headers["ETag"] {  // conditional: 304 on both, same headers
                    let conditional = extra + "If-None-Match: \(etag)\r\n"
                    let notModified = try await snapshotServer.client(timeout: 30).exchange(get(path, conditional))
                    let rawNotModified = try await rawServer.client(timeout: 30).exchange(get(path, conditional))
                    #expect(notModified.status == 304 && rawNotModified.status == 304, "\(path) \(extra)")
                    #expect(Self.comparable(notModified.headers) == Self.comparable(rawNotModified.headers), "\(path)")
                    revalidated += 1
                }
                #expect(actual.status == expected.status, "\(path)")
                if Self.measuresTime(path) {  // timings differ, hence lengths: compare the rest, unencoded
                    if extra.isEmpty { #expect(try Self.withoutTimings(actual) == Self.withoutTimings(expected), "\(path)") }
                } else {
                    #expect(Self.comparable(actual.headers) == Self.comparable(expected.headers), "\(path)")
                    let same = actual.body == expected.body
                    #expect(same, "\(path) \(extra)")
                }
            }
        }
        #expect(revalidated > paths.count)
        await rawServer.stop()
        await snapshotServer.stop()
    }

    private static func server(_ data: ServiceData) throws -> TestServer {
        let api = KiosqueAPI(data: data, index: data.index ?? SearchIndex(corpus: data.corpus), status: ServiceStatus(startedAt: 0))
        return try TestServer(responder: api.router())
    }

    /// Every article and entity resource, every list page, and searches over the corpus's names.
    private static func paths(discoveredFrom server: TestServer, corpus: Corpus) async throws -> [String] {
        var paths = ["/api/v1/stats", "/openapi.json", "/.well-known/api-catalog", "/livez", "/readyz", "/healthz",
                     "/api/v1/articles?sort=title", "/api/v1/articles?entity=vladimir-poutine", "/api/v1/articles?from=03-01&to=09-30",
                     "/api/v1/articles/nope", "/api/v1/entities/nope", "/api/v1/search?q=", "/api/v1/search?q=%22nouvelle%20%C3%A9tape%22",
                     "/api/v1/search?q=coop%C3%A9ration+-Paris", "/api/v1/search?q=accords&page=2&pageSize=5", "/api/v1/analyze?text=Les+accords+sign%C3%A9s"]
        for page in 1...4 { paths.append("/api/v1/articles?page=\(page)&pageSize=50") }
        paths += ["/api/v1/articles?pretty", "/api/v1/entities?pretty", "/api/v1/entities?sort=name", "/api/v1/entities?type=PLACE",
                  "/api/v1/search?q=accords&facets=entities,years&facetSize=5", "/api/v1/search?q=accords&facets=none&sort=date",
                  "/api/v1/search?q=accords&type=PERSON", "/api/v1/suggest?q=Pa", "/api/v1/suggest?q=", "/api/v1/articles?pageSize=0"]
        for page in 1...3 { paths.append("/api/v1/entities?page=\(page)&pageSize=100") }
        for (index, article) in corpus.articles.enumerated() {
            paths.append("/api/v1/articles/\(article.id)")
            if index % 10 == 0 { paths += ["/api/v1/articles/\(article.id)?pretty", "/api/v1/articles/\(article.id)/similar"] }
        }
        for entity in corpus.entities {
            let id = entity.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? entity.id
            paths += ["/api/v1/entities/\(id)", "/api/v1/entities/\(id)/related", "/api/v1/entities/\(id)/mentions",
                      "/api/v1/entities/\(id)/articles", "/api/v1/entities/\(id)/mentions?page=2&pageSize=1"]
        }
        for name in GeneratedCorpus.people + GeneratedCorpus.places {
            let query = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
            paths += ["/api/v1/search?q=\(query)", "/api/v1/suggest?q=\(query.prefix(4))"]
        }
        // Sanity: the list really pages through the whole corpus.
        let response = try await server.client().exchange(get("/api/v1/articles?pageSize=1"))
        let body = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        #expect(body?["total"] as? Int == corpus.articles.count)
        return paths
    }

    private static func comparable(_ headers: HTTPHeaders) -> [String] {
        headers.fields.filter { $0.name.lowercased() != "date" }.map { "\($0.name.lowercased()): \($0.value)" }
    }

    /// Answers that report how long this process took (`tookMs`, `indexSeconds`, `loadSeconds`).
    private static func measuresTime(_ path: String) -> Bool {
        path == "/api/v1/stats" || path.hasPrefix("/api/v1/search")
    }

    /// The JSON body minus the times measured by this process.
    private static func withoutTimings(_ response: RawResponse) throws -> NSDictionary {
        var body = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        for key in ["indexSeconds", "loadSeconds", "tookMs"] { body[key] = nil }
        return body as NSDictionary
    }
}
