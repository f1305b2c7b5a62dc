import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Two spec points over real sockets: routing on raw path segments (an encoded slash is data,
/// RFC 3986 §2.2) and `If-Unmodified-Since` (RFC 9110 §13.1.4, ignored under If-Match §13.2.2).
@Suite struct RawPathAndUnmodifiedSinceTests {
    /// A fixed modification date so the test can name dates on both sides of it.
    private static let modified = "Wed, 01 Mar 2023 12:00:00 GMT"

    private static func responder() -> Router {
        var router = Router.Builder()
        router.get("/api/v1/stats") { _, _ in
            HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: .bytes(Array("stats".utf8)))
        }
        router.get("/items/:id") { _, parameters in
            HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: .bytes(Array("id=\(parameters["id"] ?? "")".utf8)))
        }
        router.get("/dated") { _, _ in
            HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain", "ETag": "\"d1\"", "Last-Modified": modified],
                         body: .bytes(Array("dated".utf8)))
        }
        return router.build()
    }

    @Test func encodedSlashIsNotASeparator() async throws {
        let server = try TestServer(responder: Self.responder())
        let client = try server.client()
        #expect(try await client.exchange(get("/api/v1/stats")).status == 200)
        #expect(try await client.exchange(get("/api%2Fv1%2Fstats")).status == 404)
        #expect(try await client.exchange(get("/api/v1%2fstats")).status == 404)
        let slashed = try await client.exchange(get("/items/a%2Fb"))
        #expect(slashed.status == 200)
        #expect(slashed.text == "id=a/b")
        // Other escapes are still decoded within their segment.
        #expect(try await client.exchange(get("/items/caf%C3%A9")).text == "id=café")
        #expect(try await client.exchange(get("/api/v%31/stats")).status == 200)
        await server.stop()
    }

    @Test func ifUnmodifiedSinceRefusesNewerRepresentations() async throws {
        let server = try TestServer(responder: Self.responder())
        let client = try server.client()
        let refused = try await client.exchange(get("/dated", "If-Unmodified-Since: Sun, 01 Jan 2023 00:00:00 GMT\r\n"))
        #expect(refused.status == 412)
        #expect(refused.headers["Content-Type"] == "application/problem+json")
        #expect(try await client.exchange(get("/dated", "If-Unmodified-Since: \(Self.modified)\r\n")).status == 200)
        #expect(try await client.exchange(get("/dated", "If-Unmodified-Since: Mon, 01 Jan 2024 00:00:00 GMT\r\n")).status == 200)
        // An invalid date is ignored, and If-Match takes precedence over the date.
        #expect(try await client.exchange(get("/dated", "If-Unmodified-Since: yesterday\r\n")).status == 200)
        #expect(try await client.exchange(get("/dated", "If-Match: \"d1\"\r\nIf-Unmodified-Since: Sun, 01 Jan 2023 00:00:00 GMT\r\n")).status == 200)
        #expect(try await client.exchange(get("/dated", "If-Match: \"zz\"\r\nIf-Unmodified-Since: Mon, 01 Jan 2024 00:00:00 GMT\r\n")).status == 412)
        await server.stop()
    }
}
