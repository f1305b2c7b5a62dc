import CZlib
import KiosqueHTTP
import KiosqueTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Keep-alive, pipelining, split requests, HEAD, bodies, concurrency — over real sockets.
@Suite struct ConnectionTests {
    @Test func hundredRequestsOnOneKeepAliveConnection() async throws {
        let server = try TestServer()
        let client = try server.client()
        for index in 0..<100 {
            let response = try await client.exchange(get("/items/\(index)"))
            #expect(response.status == 200)
            #expect(response.text == "{\"id\":\"\(index)\"}")
            #expect(response.headers["Connection"] == nil)
        }
        #expect(server.server.openConnections == 1)
        await server.stop()
    }

    @Test func tenPipelinedRequestsAreAnsweredInOrder() async throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send((0..<10).map { get("/items/\($0)") }.joined())
        for index in 0..<10 {
            let response = try await client.readResponse()
            #expect(response.text == "{\"id\":\"\(index)\"}")
        }
        await server.stop()
    }

    @Test func requestSplitAtEveryByteIsServed() async throws {
        let server = try TestServer()
        let request = Array("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello".utf8)
        let client = try server.client()
        for split in 1..<request.count {
            try client.send(Array(request[0..<split]))
            usleep(200)
            try client.send(Array(request[split...]))
            let response = try await client.readResponse()
            #expect(response.status == 200, "split at \(split)")
            #expect(response.text == "hello", "split at \(split)")
        }
        await server.stop()
    }

    @Test func requestSentByteByByteIsServed() async throws {
        let server = try TestServer()
        let client = try server.client()
        for byte in Array(get("/healthz").utf8) {
            try client.send([byte])
        }
        #expect(try await client.readResponse().status == 200)
        await server.stop()
    }

    @Test func chunkedBodyIsDecoded() async throws {
        let server = try TestServer()
        let client = try server.client()
        let response = try await client.exchange("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        #expect(response.text == "hello world")
        // The connection stays usable: the body did not desync it.
        #expect(try await client.exchange(get("/healthz")).status == 200)
        await server.stop()
    }

    @Test func bodyOnAWrongMethodIsReadNotLeftOnTheWire() async throws {
        let server = try TestServer()
        let client = try server.client()
        let response = try await client.exchange("PUT /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nGET /x HTTP")
        #expect(response.status == 405)
        #expect(try await client.exchange(get("/healthz")).status == 200)
        await server.stop()
    }

    @Test func expectContinueGets100First() async throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n")
        let interim = try await client.readResponse()
        #expect(interim.status == 100)
        try client.send("ok")
        #expect(try await client.readResponse().text == "ok")
        await server.stop()
    }

    @Test func headHasTheSameHeadersAndNoBody() async throws {
        let server = try TestServer()
        let client = try server.client()
        let getResponse = try await client.exchange(get("/json"))
        let headResponse = try await client.exchange("HEAD /json HTTP/1.1\r\nHost: x\r\n\r\n", head: true)
        #expect(headResponse.status == 200)
        #expect(headResponse.body.isEmpty)
        for name in ["Content-Length", "Content-Type", "ETag", "Cache-Control"] {
            #expect(headResponse.headers[name] == getResponse.headers[name], "\(name)")
        }
        // Nothing stray followed the HEAD response: the next exchange parses cleanly.
        #expect(try await client.exchange(get("/healthz")).status == 200)
        await server.stop()
    }

    @Test func optionsListsAllowedMethods() async throws {
        let server = try TestServer()
        let response = try await server.client().exchange("OPTIONS /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(response.status == 204)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
        await server.stop()
    }

    @Test func http10ClosesUnlessKeepAlive() async throws {
        let server = try TestServer()
        let closing = try server.client()
        let response = try await closing.exchange("GET /healthz HTTP/1.0\r\n\r\n")
        #expect(response.status == 200)
        #expect(await closing.isClosedByPeer())
        let keeping = try server.client()
        let first = try await keeping.exchange("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(first.headers["Connection"] == "keep-alive")
        #expect(try await keeping.exchange("GET /healthz HTTP/1.0\r\n\r\n").status == 200)
        await server.stop()
    }

    @Test func connectionCloseIsHonoured() async throws {
        let server = try TestServer()
        let client = try server.client()
        let response = try await client.exchange(get("/healthz", "Connection: close\r\n"))
        #expect(response.headers["Connection"] == "close")
        #expect(await client.isClosedByPeer())
        await server.stop()
    }

    @Test func standardHeadersArePresent() async throws {
        let server = try TestServer()
        let response = try await server.client().exchange(get("/healthz"))
        #expect(response.headers["Server"] == "kiosque")
        #expect(response.headers["Date"]?.hasSuffix(" GMT") == true)
        #expect(response.headers["Content-Length"] == "15")
        #expect(response.headers["Content-Type"] == "application/json")
        await server.stop()
    }

    @Test func ipv6LoopbackWorks() async throws {
        let server = try TestServer { $0.host = "::1" }
        let response = try await RawClient(port: server.port, ipv6: true).exchange(get("/healthz"))
        #expect(response.status == 200)
        await server.stop()
    }

    @Test func twoHundredConcurrentConnections() async throws {
        // Each client's blocking exchange waits for a Dispatch thread (about 64 of them), so
        // on a slow machine (ThreadSanitizer in CI) a connected client may send its head many
        // seconds after connecting: long deadlines keep this a test of concurrency, not of
        // the slowloris timeout.
        let server = try TestServer {
            $0.headerReadTimeout = .seconds(300)
            $0.keepAliveTimeout = .seconds(300)
        }
        let port = server.port
        let statuses = await withTaskGroup(of: Int.self) { group in
            for index in 0..<200 {
                group.addTask {
                    guard let client = try? RawClient(port: port, timeout: 120),
                          let response = try? await client.exchange(get("/items/\(index)")),
                          response.text == "{\"id\":\"\(index)\"}" else { return 0 }
                    return response.status
                }
            }
            var all: [Int] = []
            for await status in group { all.append(status) }
            return all
        }
        #expect(statuses.count == 200)
        #expect(statuses.allSatisfy { $0 == 200 })
        await server.stop()
    }

    @Test func pastMaxConnectionsNewClientsGet503() async throws {
        // Long idle deadlines: on a busy machine this task may resume seconds after connecting,
        // and a held client must not lose its slot to a timeout before the third one arrives.
        let server = try TestServer {
            $0.maxConnections = 2
            $0.headerReadTimeout = .seconds(300)
            $0.keepAliveTimeout = .seconds(300)
        }
        let first = try server.client(), second = try server.client()
        #expect(try await first.exchange(get("/healthz")).status == 200)
        #expect(try await second.exchange(get("/healthz")).status == 200)
        let third = try server.client()
        #expect(try await third.readResponse().status == 503)
        // The server is still healthy for its existing clients.
        #expect(try await first.exchange(get("/healthz")).status == 200)
        await server.stop()
    }
}
