// Serves, from memory, the files of $FIXTURES_DIR on $PORT (127.0.0.1):
//   GET /healthz              200 {"status":"ok"}
//   GET /api/v1/articles/1    200 article.json (application/json)
//   GET /static/index.html    200 index.html (text/html; charset=utf-8)
//   anything else             404 with a JSON body
import Foundation
import Hummingbird

let environment = ProcessInfo.processInfo.environment
let port = environment["PORT"].flatMap { Int($0) } ?? 8080
let fixtures = URL(fileURLWithPath: environment["FIXTURES_DIR"] ?? "fixtures")

func fixture(_ name: String) throws -> ByteBuffer {
    ByteBuffer(bytes: try Data(contentsOf: fixtures.appendingPathComponent(name)))
}

let jsonType: HTTPFields = [.contentType: "application/json"]
let articleBodies = [1: try fixture("article.json")]
let staticBodies = ["index.html": try fixture("index.html")]
let health = ByteBuffer(string: #"{"status":"ok"}"#)
let missing = ByteBuffer(string: #"{"error":"not found"}"#)

/// Hummingbird answers an unknown route with an empty 404; the benchmark expects JSON.
struct NotFoundAsJSON<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return Response(status: .notFound, headers: jsonType, body: .init(byteBuffer: missing))
        }
    }
}

let router = Router()
router.middlewares.add(NotFoundAsJSON())
router.get("healthz") { _, _ in
    Response(status: .ok, headers: jsonType, body: .init(byteBuffer: health))
}
router.get("api/v1/articles/:id") { _, context in
    guard let body = articleBodies[try context.parameters.require("id", as: Int.self)] else { throw HTTPError(.notFound) }
    return Response(status: .ok, headers: jsonType, body: .init(byteBuffer: body))
}
router.get("static/:name") { _, context in
    guard let body = staticBodies[try context.parameters.require("name")] else { throw HTTPError(.notFound) }
    return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: body))
}

let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "peer-hummingbird"))
try await app.runService()
