import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch
import KiosqueTestSupport
import Testing

/// The CORS fields are built once from the configuration and go on every API response:
/// prepared bodies, computed ones, errors and preflights alike.
@Suite(.serialized) struct CORSHeadersTests {
    @Test func aConfiguredOriginIsNamedAndVariesOnEveryKindOfAnswer() async throws {
        var configuration = APIConfiguration()
        configuration.corsOrigin = "https://lecteur.example"
        let server = try Self.start(configuration)
        let client = try server.client()
        let answers = [
            try await client.exchange(get("/api/v1/articles/277616")),  // a cached body
            try await client.exchange(get("/api/v1/articles/277616?pretty")),  // its indented copy
            try await client.exchange(get("/api/v1/articles?sort=title")),  // a computed list
            try await client.exchange(get("/api/v1/articles/none")),  // a problem
            try await client.exchange("OPTIONS /api/v1/articles HTTP/1.1\r\nHost: x\r\n\r\n"),
        ]
        #expect(answers.map(\.status) == [200, 200, 200, 404, 204])
        for answer in answers {
            #expect(answer.headers["Access-Control-Allow-Origin"] == "https://lecteur.example")
            #expect(answer.headers["Access-Control-Expose-Headers"] == "ETag")
            #expect(Self.varies(answer).contains("Origin"))
        }
        await server.stop()
    }

    @Test func anyOriginNeedsNoVary() async throws {
        let server = try Self.start(APIConfiguration())
        let client = try server.client()
        for path in ["/api/v1/articles/277616", "/api/v1/articles/none"] {
            let answer = try await client.exchange(get(path))
            #expect(answer.headers["Access-Control-Allow-Origin"] == "*")
            #expect(!Self.varies(answer).contains("Origin"))
        }
        await server.stop()
    }

    /// Every token of every `Vary` field (compression adds its own `Accept-Encoding`).
    private static func varies(_ answer: RawResponse) -> [String] {
        answer.headers.values(for: "Vary").flatMap { $0.split(separator: ",").map { String($0.trimmingPrefix(" ")) } }
    }

    private static func start(_ configuration: APIConfiguration) throws -> TestServer {
        let corpus = try CorpusLoader.load(paths: [try PackageRoot.path("seeds")])
        let api = KiosqueAPI(corpus: corpus, index: SearchIndex(corpus: corpus), configuration: configuration,
                             status: ServiceStatus(startedAt: 0))
        return try TestServer(responder: api.router())
    }
}
