// GET /api/v1/articles/1 -> the bytes of $FIXTURES_DIR/article.json, gzip'd per request when
// Accept-Encoding allows gzip (middleware), else identity. GET /healthz -> {"status":"ok"}.
import CompressNIO
import Foundation
import Hummingbird

let env = ProcessInfo.processInfo.environment
let port = Int(env["PORT"] ?? "") ?? 8080
let fixtures = env["FIXTURES_DIR"] ?? "fixtures"
let article = ByteBuffer(bytes: try Data(contentsOf: URL(fileURLWithPath: fixtures).appendingPathComponent("article.json")))

/// Compresses response bodies per request, as a typical Hummingbird app's middleware does.
struct GzipMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard let accept = request.headers[.acceptEncoding], accept.contains("gzip") else { return response }
        let collector = Collector()
        _ = try await response.body.write(collector)
        var body = collector.buffer
        let compressed = try body.compress(with: .gzip())
        response.headers[.contentEncoding] = "gzip"
        response.headers[.contentLength] = String(compressed.readableBytes)
        response.headers[.vary] = "Accept-Encoding"
        response.body = .init(byteBuffer: compressed)
        return response
    }
}

/// Collects a response body into one buffer.
final class Collector: ResponseBodyWriter {
    var buffer = ByteBuffer()
    func write(_ part: ByteBuffer) async throws { var part = part; buffer.writeBuffer(&part) }
    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

let router = Router()
router.middlewares.add(GzipMiddleware())
router.get("healthz") { _, _ in Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#))) }
router.get("api/v1/articles/:id") { _, _ in
    Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: article))
}
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "peer-hummingbird-gzip"))
try await app.runService()
