import Dispatch
import Foundation
@testable import KiosqueHTTP
import KiosqueTestSupport
import Logging
import Synchronization
import Testing

/// The request path's shortcuts: inline routes, the route reported once, prepared heads and
/// the batched access log. Each must give the same answers as the long way round.
@Suite struct HotPathTests {
    private static let prepared = PreparedBody(bytes: TestServer.jsonBody, contentType: "application/json", cacheControl: "no-cache")

    /// `/fast/:id` answers prepared bytes inline; `/slow` waits on `gate` in the handler pool.
    private static func router(gate: DispatchSemaphore) -> Router {
        var builder = Router.Builder()
        builder.get("/fast/:id", inline: true) { _, _ in .prepared(prepared) }
        builder.get("/slow") { _, _ in
            _ = gate.wait(timeout: .now() + 5)
            return .prepared(prepared)
        }
        return builder.build()
    }

    @Test func onlyInlineRoutesAnswerInline() throws {
        let router = Self.router(gate: DispatchSemaphore(value: 1))
        let fast = try #require(HTTPRequest(target: "/fast/7"))
        #expect(router.respondInline(to: fast)?.route == "/fast/:id")
        #expect(router.respondInline(to: try #require(HTTPRequest(target: "/slow"))) == nil)
        let refused = router.respond(to: try #require(HTTPRequest(method: .post, target: "/slow")))
        #expect(refused.status == .methodNotAllowed)
        #expect(refused.route == "/slow")
        #expect(router.respond(to: try #require(HTTPRequest(target: "/elsewhere"))).route == nil)
    }

    @Test func anInlineRouteIsServedWhileEveryHandlerIsBusy() async throws {
        let gate = DispatchSemaphore(value: 0)
        let server = try TestServer(responder: Self.router(gate: gate)) { $0.handlerConcurrency = 1 }
        let slow = try server.client()
        try slow.send(get("/slow"))
        // The pool's only lane is blocked on the gate: only an inline answer can come back.
        let fast = try await server.client(timeout: 2).exchange(get("/fast/1"))
        #expect(fast.status == 200)
        #expect(fast.body == TestServer.jsonBody)
        gate.signal()
        #expect(try await slow.readResponse().status == 200)
        await server.stop()
    }

    @Test func theObserverGetsTheRoutePattern() async throws {
        let routes = Mutex<[String?]>([])
        var configuration = HTTPServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.accessLog = false
        configuration.keepAliveTimeout = .seconds(600)  // outlives a busy run's waits (see `TestServer`)
        // Opened once beforehand (a semaphore must not end below its initial value).
        let gate = DispatchSemaphore(value: 0)
        gate.signal()
        let server = try HTTPServer(configuration: configuration, responder: Self.router(gate: gate), logger: Logger(label: "test"),
                                    observer: { record in routes.withLock { $0.append(record.route) } })
        try server.start()
        let client = try RawClient(port: try #require(server.port))
        _ = try await client.exchange(get("/fast/42"))
        _ = try await client.exchange(get("/slow"))
        _ = try await client.exchange(get("/nowhere"))
        await server.shutdown(gracePeriod: .seconds(2))
        #expect(routes.withLock { $0 } == ["/fast/:id", "/slow", nil])
    }

    @Test func aPreparedHeadIsReusedOnlyForTheSameFields() {
        let context = RequestContext(method: .get, version: .http1_1, acceptEncoding: [], ifNoneMatch: [])
        let plain = HTTPResponse.prepared(Self.prepared)
        var extra = plain
        extra.headers.add("X-Extra", "1")
        let date = "Fri, 04 Dec 2026 12:00:00 GMT"
        let first = ResponseFinalizer.finish(plain, for: context, keepAlive: true, serverName: "s", date: date)
        let again = ResponseFinalizer.finish(plain, for: context, keepAlive: false, serverName: "s", date: date)
        let other = ResponseFinalizer.finish(extra, for: context, keepAlive: true, serverName: "s", date: date)
        let renamed = ResponseFinalizer.finish(plain, for: context, keepAlive: true, serverName: "t", date: date)
        let text = { (head: [UInt8]) in String(decoding: head, as: UTF8.self) }
        #expect(text(again.head) == text(first.head).replacingOccurrences(of: "\r\n\r\n", with: "\r\nConnection: close\r\n\r\n"))
        #expect(!text(first.head).contains("X-Extra"))
        #expect(text(other.head).contains("X-Extra: 1\r\n"))
        #expect(text(renamed.head).contains("Server: t\r\n"))
        #expect(text(first.head).hasPrefix("HTTP/1.1 200 OK\r\nDate: \(date)\r\nServer: s\r\n"))
        #expect(text(first.head).contains("Content-Length: \(TestServer.jsonBody.count)\r\n"))
        var gzipContext = context
        gzipContext.acceptEncoding = ["gzip"]
        let gzip = ResponseFinalizer.finish(plain, for: gzipContext, keepAlive: true, serverName: "s", date: date)
        #expect(text(gzip.head).contains("Content-Length: \(Self.prepared.gzip?.count ?? -1)\r\nContent-Encoding: gzip\r\n"))
        #expect(!text(first.head).contains("Content-Encoding"))
    }

    @Test func theAccessLogWritesEscapedLinesInOrder() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let log = AccessLog(descriptor: ends[1], label: "test")
        // More than one atomic write's worth, so that batches are cut at line ends.
        for index in 0..<100 {
            log.record(method: "GET", target: "/item/\(index)?q=a\\b\u{1B}[31m", status: 200, bytes: index, microseconds: 5)
        }
        log.flush()
        close(ends[1])
        let text = String(decoding: FileHandle(fileDescriptor: ends[0]).readDataToEndOfFile(), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 100)
        for (index, line) in lines.enumerated() {
            #expect(line.hasSuffix("info test: [KiosqueHTTP] GET /item/\(index)?q=a\\\\b\\x1B[31m 200 \(index)B 5µs"), "\(line)")
        }
        #expect(!text.contains("\u{1B}"))
    }
}
