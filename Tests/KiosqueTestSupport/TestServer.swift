import KiosqueHTTP
import Logging

/// An in-process server on a free loopback port, for one test.
public final class TestServer: Sendable {
    public let server: HTTPServer
    public let port: Int

    public init(responder: any HTTPResponder = TestServer.defaultResponder(),
         configure: (inout HTTPServerConfiguration) -> Void = { _ in }) throws {
        var configuration = HTTPServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.accessLog = false
        // A test's task may resume tens of seconds after its last await while the suite's other
        // tests keep the cooperative pool busy: an idle connection must outlive that wait unless
        // the test is about these timeouts (and then sets them in `configure`).
        configuration.headerReadTimeout = .seconds(600)
        configuration.keepAliveTimeout = .seconds(600)
        configuration.ioStallTimeout = .seconds(600)
        configure(&configuration)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        server = try HTTPServer(configuration: configuration, responder: responder, logger: logger)
        try server.start()
        guard let port = server.port else { throw ClientError("no port") }
        self.port = port
    }

    public func client(timeout: Double = 5) throws -> RawClient {
        try RawClient(port: port, timeout: timeout)
    }

    public func stop() async {
        await server.shutdown(gracePeriod: .seconds(2))
    }

    /// A 3 KB French JSON body, compressible.
    public static let jsonBody: [UInt8] = {
        let paragraph = "La Russie et Cuba pour le renforcement de la coopération binationale, à La Havane. "
        let text = String(repeating: paragraph, count: 36)
        return Array("{\"text\":\"\(text)\"}".utf8)
    }()

    /// Routes the tests use: /healthz, /json (prepared), /dynamic (bytes), /echo (POST body),
    /// /query (echoes decoded query items), /slow (sleeps `ms` milliseconds).
    public static func defaultResponder(fallback: (any HTTPResponder)? = nil) -> Router {
        var router = Router.Builder()
        let prepared = PreparedBody(bytes: jsonBody, contentType: "application/json", cacheControl: "public, max-age=60")
        router.get("/healthz") { _, _ in .json(bytes: Array(#"{"status":"ok"}"#.utf8)) }
        router.get("/json") { _, _ in .prepared(prepared) }
        router.get("/dynamic") { _, _ in .json(bytes: jsonBody) }
        router.add(.post, "/echo") { request, _ in HTTPResponse(status: .ok, headers: ["Content-Type": "application/octet-stream"], body: .bytes(request.body)) }
        router.get("/items/:id") { _, parameters in .json(bytes: Array("{\"id\":\"\(parameters["id"] ?? "")\"}".utf8)) }
        router.get("/query") { request, _ in
            let text = request.queryItems.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
            return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"], body: .bytes(Array(text.utf8)))
        }
        router.get("/slow") { request, _ in
            let ms = Int(request.queryItems.first { $0.name == "ms" }?.value ?? "") ?? 200
            usleep(UInt32(ms * 1000))
            return .json(bytes: Array(#"{"slow":true}"#.utf8))
        }
        if let fallback { router.fallback(fallback) }
        return router.build()
    }
}

#if canImport(Glibc)
import Glibc
#endif
