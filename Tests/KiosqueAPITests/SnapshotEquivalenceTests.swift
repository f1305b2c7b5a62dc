import Foundation
import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch
import KiosqueTestSupport
import Testing

/// A server started from raw JSONL and one started from a snapshot of the same JSONL answer
/// every request with the same status, headers (but `Date`) and body bytes.
@Suite(.serialized) struct SnapshotEquivalenceTests {
    @Test func everyEndpointAnswersTheSameFromRawAndSnapshot() async throws {
        let source = try GeneratedCorpus.write(count: 150)
        let snapshotPath = source + ".snapshot"
        defer { try? FileManager.default.removeItem(atPath: (source as NSString).deletingLastPathComponent) }
        let raw = try CorpusLoader.load(paths: [source])
        try CorpusSnapshot.write(raw, to: snapshotPath)
        let mapped = try CorpusSnapshot.load(path: snapshotPath)
        #expect(raw.articles.count == 150 && !raw.entities.isEmpty)
        #expect(raw.loadReport.skipped.count == 1 && raw.loadReport.duplicates.count == 1)

        let rawServer = try Self.server(raw), snapshotServer = try Self.server(mapped)
        let paths = try await Self.paths(discoveredFrom: rawServer, corpus: raw)
        #expect(paths.count > 200)
        for path in paths {
            for extra in ["", "Accept-Encoding: gzip\r\n"] {
                let expected = try await rawServer.client().exchange(get(path, extra))
                let actual = try await snapshotServer.client().exchange(get(path, extra))
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
        await rawServer.stop()
        await snapshotServer.stop()
    }

    private static func server(_ corpus: Corpus) throws -> TestServer {
        let api = KiosqueAPI(corpus: corpus, index: SearchIndex(corpus: corpus), status: ServiceStatus(startedAt: 0))
        return try TestServer(responder: api.router())
    }

    /// Every article and entity resource, every list page, and searches over the corpus's names.
    private static func paths(discoveredFrom server: TestServer, corpus: Corpus) async throws -> [String] {
        var paths = ["/api/v1/stats", "/openapi.json", "/.well-known/api-catalog", "/livez", "/readyz", "/healthz",
                     "/api/v1/articles?sort=title", "/api/v1/articles?entity=vladimir-poutine", "/api/v1/articles?from=03-01&to=09-30",
                     "/api/v1/articles/nope", "/api/v1/entities/nope", "/api/v1/search?q=", "/api/v1/search?q=%22nouvelle%20%C3%A9tape%22",
                     "/api/v1/search?q=coop%C3%A9ration+-Paris", "/api/v1/search?q=accords&page=2&pageSize=5", "/api/v1/analyze?text=Les+accords+sign%C3%A9s"]
        for page in 1...4 { paths.append("/api/v1/articles?page=\(page)&pageSize=50") }
        for page in 1...3 { paths.append("/api/v1/entities?page=\(page)&pageSize=100") }
        for article in corpus.articles { paths.append("/api/v1/articles/\(article.id)") }
        for entity in corpus.entities {
            let id = entity.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? entity.id
            paths += ["/api/v1/entities/\(id)", "/api/v1/entities/\(id)/related", "/api/v1/entities/\(id)/mentions"]
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
