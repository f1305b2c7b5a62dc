import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Preconditions (RFC 9110 §13) and the header values the engine writes.
@Suite struct ConditionalRequestTests {
    /// `/tagged`: a compressible dynamic body with a strong ETag; `/evil`: a header value with CR LF.
    private static func responder() -> Router {
        var router = Router.Builder()
        router.get("/tagged") { _, _ in
            HTTPResponse(status: .ok, headers: ["Content-Type": "application/json", "ETag": "\"v1\""], body: .bytes(TestServer.jsonBody))
        }
        router.get("/evil") { _, _ in
            HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain", "X-Note": "a\r\nSet-Cookie: stolen=1"], body: .bytes(Array("ok".utf8)))
        }
        router.fallback(TestServer.defaultResponder())
        return router.build()
    }

    @Test func ifNoneMatchStarIs304ForGet() async throws {
        let server = try TestServer(responder: Self.responder())
        let client = try server.client()
        #expect(try await client.exchange(get("/json", "If-None-Match: *\r\n")).status == 304)
        #expect(try await client.exchange(get("/healthz", "If-None-Match: *\r\n")).status == 304)
        await server.stop()
    }

    @Test func ifMatchThatMatchesNothingIs412() async throws {
        let server = try TestServer(responder: Self.responder())
        let client = try server.client()
        let refused = try await client.exchange(get("/tagged", "If-Match: \"v0\"\r\n"))
        #expect(refused.status == 412)
        #expect(refused.headers["Content-Type"] == "application/problem+json")
        #expect(try await client.exchange(get("/tagged", "If-Match: \"v0\", \"v1\"\r\n")).status == 200)
        #expect(try await client.exchange(get("/tagged", "If-Match: *\r\n")).status == 200)
        // Strong comparison: a weak tag never satisfies If-Match.
        #expect(try await client.exchange(get("/tagged", "If-Match: W/\"v1\"\r\n")).status == 412)
        await server.stop()
    }

    @Test func gzipAndIdentityHaveDistinctStrongTags() async throws {
        let server = try TestServer(responder: Self.responder())
        let client = try server.client()
        let identity = try await client.exchange(get("/tagged"))
        let gzip = try await client.exchange(get("/tagged", "Accept-Encoding: gzip\r\n"))
        #expect(identity.headers["ETag"] == "\"v1\"")
        #expect(gzip.headers["Content-Encoding"] == "gzip")
        #expect(gzip.headers["ETag"] == "\"v1-gz\"")
        // Each tag revalidates its own representation.
        #expect(try await client.exchange(get("/tagged", "Accept-Encoding: gzip\r\nIf-None-Match: \"v1-gz\"\r\n")).status == 304)
        #expect(try await client.exchange(get("/tagged", "If-None-Match: \"v1-gz\"\r\n")).status == 200)
        await server.stop()
    }

    @Test func headerValueWithLineBreakIsNotWritten() async throws {
        let server = try TestServer(responder: Self.responder())
        let client = try server.client()
        let response = try await client.exchange(get("/evil"))
        #expect(response.status == 200)
        #expect(response.headers["Set-Cookie"] == nil)
        #expect(response.headers["X-Note"] == nil)
        #expect(response.text == "ok")
        await server.stop()
    }
}
