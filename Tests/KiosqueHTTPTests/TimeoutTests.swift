import KiosqueHTTP
import KiosqueTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Header-read (slowloris), keep-alive idle timeouts and graceful shutdown.
@Suite struct TimeoutTests {
    @Test func slowlorisIsClosedByTheHeaderTimeout() async throws {
        let server = try TestServer { $0.headerReadTimeout = .milliseconds(400) }
        let client = try server.client(timeout: 3)
        let start = ContinuousClock.now
        // One byte every 50 ms, from another task: the head never completes within 400 ms.
        let dripping = Task.detached { [client] in
            for byte in Array("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8) {
                guard (try? client.send([byte])) != nil else { return }
                try? await Task.sleep(for: .milliseconds(50))
            }
        }
        let response = try await client.readResponse()
        let elapsed = ContinuousClock.now - start
        #expect(response.status == 408)
        #expect(response.headers["Connection"] == "close")
        #expect(elapsed >= .milliseconds(350) && elapsed < .milliseconds(1500), "closed after \(elapsed)")
        #expect(await client.isClosedByPeer())
        dripping.cancel()
        await server.stop()
    }

    @Test func silentConnectionIsClosed() async throws {
        let server = try TestServer { $0.headerReadTimeout = .milliseconds(200) }
        let client = try server.client(timeout: 3)
        let start = ContinuousClock.now
        #expect(await client.isClosedByPeer())
        #expect(ContinuousClock.now - start < .seconds(1))
        await server.stop()
    }

    @Test func idleKeepAliveConnectionIsClosed() async throws {
        let server = try TestServer { $0.keepAliveTimeout = .milliseconds(300) }
        let client = try server.client(timeout: 3)
        #expect(try await client.exchange(get("/healthz")).status == 200)
        let start = ContinuousClock.now
        #expect(await client.isClosedByPeer())
        let elapsed = ContinuousClock.now - start
        #expect(elapsed >= .milliseconds(250) && elapsed < .seconds(2))
        await server.stop()
    }

    @Test func shutdownFinishesTheRequestInFlight() async throws {
        let server = try TestServer()
        let client = try server.client(timeout: 5)
        try client.send(get("/slow?ms=400"))
        try await Task.sleep(for: .milliseconds(100))
        let idle = try server.client(timeout: 5)
        #expect(try await idle.exchange(get("/healthz")).status == 200)
        let stopping = Task { await server.server.shutdown(gracePeriod: .seconds(5)) }
        let response = try await client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == #"{"slow":true}"#)
        #expect(response.headers["Connection"] == "close")
        #expect(await idle.isClosedByPeer())
        await stopping.value
        #expect(server.server.openConnections == 0)
        // No longer accepting.
        #expect((try? RawClient(port: server.port, timeout: 1)) == nil)
    }

    @Test func graceperiodBoundsTheShutdown() async throws {
        let server = try TestServer()
        let client = try server.client(timeout: 5)
        try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")  // body never completes
        try await Task.sleep(for: .milliseconds(50))
        let start = ContinuousClock.now
        await server.server.shutdown(gracePeriod: .milliseconds(300))
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(await client.isClosedByPeer())
    }
}
