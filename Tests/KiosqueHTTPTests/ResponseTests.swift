import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// gzip negotiation, conditional requests and query decoding over real sockets.
@Suite struct ResponseTests {
    @Test(arguments: ["/json", "/dynamic"])
    func gzipBodyInflatesToTheOriginal(path: String) async throws {
        let server = try TestServer()
        let response = try await server.client().exchange(get(path, "Accept-Encoding: gzip, deflate\r\n"))
        #expect(response.headers["Content-Encoding"] == "gzip")
        #expect(response.headers["Vary"] == "Accept-Encoding")
        #expect(response.body.count < TestServer.jsonBody.count)
        #expect(Gzip.decompress(response.body) == TestServer.jsonBody)
        await server.stop()
    }

    @Test(arguments: [
        ("gzip;q=0", false), ("gzip;q=0, identity", false), ("identity;q=0, gzip;q=0.1", true),
        ("*", true), ("*;q=0, identity", false), ("br", false), ("gzip;q=0.5, identity;q=0.9", false),
        ("GZIP", true), ("x-gzip", true), ("", false),
    ])
    func qValuesAreHonoured(acceptEncoding: String, expectGzip: Bool) async throws {
        let server = try TestServer()
        let response = try await server.client().exchange(get("/json", "Accept-Encoding: \(acceptEncoding)\r\n"))
        #expect(response.status == 200)
        #expect((response.headers["Content-Encoding"] == "gzip") == expectGzip, "\(acceptEncoding)")
        #expect(response.headers["Vary"] == "Accept-Encoding")
        let identity = expectGzip ? Gzip.decompress(response.body) : response.body
        #expect(identity == TestServer.jsonBody)
        await server.stop()
    }

    @Test func noAcceptableCodingIs406() async throws {
        let server = try TestServer()
        let response = try await server.client().exchange(get("/healthz", "Accept-Encoding: identity;q=0\r\n"))
        #expect(response.status == 406)
        await server.stop()
    }

    @Test func smallBodiesAreNotCompressed() async throws {
        let server = try TestServer()
        let response = try await server.client().exchange(get("/healthz", "Accept-Encoding: gzip\r\n"))
        #expect(response.headers["Content-Encoding"] == nil)
        #expect(response.text == #"{"status":"ok"}"#)
        await server.stop()
    }

    @Test func ifNoneMatchGives304WithValidators() async throws {
        let server = try TestServer()
        let client = try server.client()
        let first = try await client.exchange(get("/json"))
        let etag = try #require(first.headers["ETag"])
        #expect(etag.hasPrefix("\"") && !etag.hasPrefix("W/"))
        for header in [etag, "W/\(etag)", "\"nope\", \(etag)", "*"] {
            let response = try await client.exchange(get("/json", "If-None-Match: \(header)\r\n"))
            #expect(response.status == 304, "\(header)")
            #expect(response.body.isEmpty)
            #expect(response.headers["ETag"] == etag)
            #expect(response.headers["Cache-Control"] == "public, max-age=60")
            #expect(response.headers["Vary"] == "Accept-Encoding")
        }
        let miss = try await client.exchange(get("/json", "If-None-Match: \"other\"\r\n"))
        #expect(miss.status == 200)
        await server.stop()
    }

    @Test func gzipRepresentationHasItsOwnETag() async throws {
        let server = try TestServer()
        let client = try server.client()
        let plain = try await client.exchange(get("/json"))
        let gzipped = try await client.exchange(get("/json", "Accept-Encoding: gzip\r\n"))
        #expect(plain.headers["ETag"] != gzipped.headers["ETag"])
        let gzipETag = try #require(gzipped.headers["ETag"])
        let revalidated = try await client.exchange(get("/json", "Accept-Encoding: gzip\r\nIf-None-Match: \(gzipETag)\r\n"))
        #expect(revalidated.status == 304)
        await server.stop()
    }

    @Test func queryItemsArePercentDecoded() async throws {
        let server = try TestServer()
        let response = try await server.client().exchange(get("/query?q=caf%C3%A9+cr%C3%A8me&x=%26&flag"))
        #expect(response.text == "q=café crème&x=&&flag=")
        await server.stop()
    }

    @Test func absoluteFormTargetIsAccepted() async throws {
        let server = try TestServer()
        let response = try await server.client().exchange("GET http://localhost/healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(response.status == 200)
        await server.stop()
    }
}
