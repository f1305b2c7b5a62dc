import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Malformed or refused requests over a real socket: each gets its own status and a
/// problem+json body, and framing errors close the connection.
@Suite struct MalformedRequestTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: String
        let status: Int
        var testDescription: String { name }
    }

    static let longLine = "GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: x\r\n\r\n"
    static let manyHeaders = "GET / HTTP/1.1\r\nHost: x\r\n" + (0..<101).map { "X-\($0): v\r\n" }.joined() + "\r\n"
    static let hugeHeader = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "b", count: 33 * 1024) + "\r\n\r\n"

    static let cases: [Case] = [
        Case(name: "obs-fold", request: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n  folded\r\n\r\n", status: 400),
        Case(name: "space before colon", request: "GET / HTTP/1.1\r\nHost : x\r\n\r\n", status: 400),
        Case(name: "tab before colon", request: "GET / HTTP/1.1\r\nHost\t: x\r\n\r\n", status: 400),
        Case(name: "missing Host on 1.1", request: "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", status: 400),
        Case(name: "two Host headers", request: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400),
        Case(name: "invalid Host", request: "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", status: 400),
        Case(name: "Content-Length and Transfer-Encoding", request: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400),
        Case(name: "non-numeric Content-Length", request: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", status: 400),
        Case(name: "negative Content-Length", request: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", status: 400),
        Case(name: "conflicting Content-Lengths", request: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", status: 400),
        Case(name: "conflicting Content-Length list", request: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 4\r\n\r\nabcd", status: 400),
        Case(name: "Content-Length with sign", request: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\nabc", status: 400),
        Case(name: "NUL in a header value", request: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{0}b\r\n\r\n", status: 400),
        Case(name: "control character in a header value", request: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{1}b\r\n\r\n", status: 400),
        Case(name: "DEL in a header value", request: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{7F}b\r\n\r\n", status: 400),
        Case(name: "bare CR in a header value", request: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", status: 400),
        Case(name: "invalid header name", request: "GET / HTTP/1.1\r\nHost: x\r\nX(A): b\r\n\r\n", status: 400),
        Case(name: "header line without colon", request: "GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", status: 400),
        Case(name: "bad percent-encoding", request: "GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "truncated percent-encoding", request: "GET /a%4 HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "encoded NUL in the path", request: "GET /a%00b HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "invalid UTF-8 in the path", request: "GET /%C3%28 HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "bad percent-encoding in the query", request: "GET /query?a=%G1 HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "fragment in the target", request: "GET /a#b HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "relative target", request: "GET a/b HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "two spaces in the request line", request: "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "missing version", request: "GET /\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "lower-case version", request: "GET / http/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "malformed version", request: "GET / HTTP/1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "HTTP/2.0", request: "GET / HTTP/2.0\r\nHost: x\r\n\r\n", status: 505),
        Case(name: "HTTP/0.9", request: "GET / HTTP/0.9\r\nHost: x\r\n\r\n", status: 505),
        Case(name: "HTTP/3.0", request: "GET / HTTP/3.0\r\nHost: x\r\n\r\n", status: 505),
        Case(name: "unknown method", request: "BREW / HTTP/1.1\r\nHost: x\r\n\r\n", status: 501),
        Case(name: "lower-case method", request: "get / HTTP/1.1\r\nHost: x\r\n\r\n", status: 501),
        Case(name: "CONNECT", request: "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", status: 501),
        Case(name: "invalid method token", request: "GE(T / HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "unsupported transfer coding", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", status: 501),
        Case(name: "chunked not last", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", status: 400),
        Case(name: "Transfer-Encoding on HTTP/1.0", request: "POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400),
        Case(name: "bad chunk size", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", status: 400),
        Case(name: "chunk without CRLF", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", status: 400),
        Case(name: "chunk size with bare LF", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n", status: 400),
        Case(name: "chunk data with bare LF", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\n0\r\n\r\n", status: 400),
        Case(name: "last chunk with bare LF", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\n\r\n", status: 400),
        Case(name: "bare LF between header fields", request: "GET /healthz HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n", status: 400),
        Case(name: "bare LF after the request line", request: "GET /healthz HTTP/1.1\nHost: x\r\n\r\n", status: 400),
        Case(name: "chunk size with trailing space and no extension", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n", status: 400),
        Case(name: "chunk extension without name", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;\r\nabc\r\n0\r\n\r\n", status: 400),
        Case(name: "chunk extension with bad value", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b c\r\nabc\r\n0\r\n\r\n", status: 400),
        Case(name: "chunk extension unterminated quote", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;a=\"b\r\nabc\r\n0\r\n\r\n", status: 400),
        Case(name: "trailer with control character", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: a\u{01}b\r\n\r\n", status: 400),
        Case(name: "asterisk with GET", request: "GET * HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        Case(name: "unsupported expectation", request: "GET / HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n", status: 417),
        Case(name: "request line over 8 KiB", request: longLine, status: 414),
        Case(name: "101 header fields", request: manyHeaders, status: 431),
        Case(name: "header section over 32 KiB", request: hugeHeader, status: 431),
        Case(name: "announced body over 1 MiB", request: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n", status: 413),
        Case(name: "wrong method on a known path", request: "DELETE /healthz HTTP/1.1\r\nHost: x\r\n\r\n", status: 405),
        Case(name: "unknown path", request: "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n", status: 404),
    ]

    @Test(arguments: cases)
    func answersWithItsStatus(_ testCase: Case) async throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send(testCase.request)
        let response = try await client.readResponse()
        #expect(response.status == testCase.status, "\(testCase.name)")
        let type = response.headers["Content-Type"] ?? ""
        #expect(type == "application/problem+json", "\(testCase.name): \(type)")
        #expect(response.text.contains("\"status\":\(testCase.status)"), "\(testCase.name): \(response.text)")
        if testCase.status == 405 {
            #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
        }
        if testCase.status != 404 && testCase.status != 405 {
            #expect(response.headers["Connection"] == "close", "\(testCase.name)")
            #expect(await client.isClosedByPeer(), "\(testCase.name): connection left open after a framing error")
        }
        await server.stop()
    }

    @Test func tableHasAtLeastThirtyCases() {
        #expect(Self.cases.count >= 30)
    }

    @Test func serverStaysHealthyAfterGarbage() async throws {
        let server = try TestServer()
        for garbage in ["\u{0}\u{1}\u{2}\r\n\r\n", String(repeating: "\r\n", count: 10) + "X", "\u{16}\u{3}\u{1}\u{0}\u{A5}\u{1}\r\n\r\n"] {
            let client = try server.client(timeout: 0.5)
            try client.send(garbage)
            _ = try? await client.readResponse()
        }
        let response = try await server.client().exchange(get("/healthz"))
        #expect(response.status == 200)
        await server.stop()
    }
}
