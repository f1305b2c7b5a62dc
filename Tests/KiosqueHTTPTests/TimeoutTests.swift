import Dispatch
import KiosqueHTTP
import KiosqueTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// End-to-end checks on the wall clock with short timeouts: header-read (slowloris), idle
/// keep-alive and graceful shutdown. The other timeouts run on a test clock (`ClockDrivenTimeoutTests`).
@Suite struct TimeoutTests {
    @Test func slowlorisIsClosedByTheHeaderTimeout() async throws {
        let server = try TestServer { $0.headerReadTimeout = .milliseconds(400) }
        let client = try server.client(timeout: 10)
        let start = ContinuousClock.now
        // One byte every 50 ms, from another task: the head never completes within 400 ms.
        // The drip runs on a thread of its own (a serial queue): it must wait neither for a
        // cooperative thread nor for the global queue's one-per-core workers.
        DispatchQueue(label: "kiosque.test.drip").async { [client] in
            for byte in Array("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8) {
                guard (try? client.send([byte])) != nil else { return }
                usleep(50_000)
            }
        }
        let (response, closedAt) = try await client.readResponseThenClose()
        #expect(response.status == 408)
        #expect(response.headers["Connection"] == "close")
        let elapsed = try #require(closedAt, "still open after the 408") - start
        // Upper bounds are loose: other suites may keep this machine's two cores busy.
        #expect(elapsed >= .milliseconds(350) && elapsed < .seconds(10), "closed after \(elapsed)")
        await server.stop()
    }

    @Test func idleKeepAliveConnectionIsClosed() async throws {
        let server = try TestServer { $0.keepAliveTimeout = .milliseconds(300) }
        let client = try server.client(timeout: 10)
        let start = ContinuousClock.now
        try client.send(get("/healthz"))
        let (response, closedAt) = try await client.readResponseThenClose()
        #expect(response.status == 200)
        let elapsed = try #require(closedAt, "the idle connection was still open after 10 s") - start
        #expect(elapsed >= .milliseconds(250) && elapsed < .seconds(10), "closed after \(elapsed)")
        await server.stop()
    }

    @Test func shutdownFinishesTheRequestInFlight() async throws {
        let server = try TestServer()
        let idle = try server.client(timeout: 10)
        #expect(try await idle.exchange(get("/healthz")).status == 200)
        let client = try server.client(timeout: 10)
        try client.send(get("/slow?ms=1000"))
        usleep(200_000)  // synchronously: the handler is now sleeping on its I/O queue
        server.server.beginShutdown()
        let response = try await client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == #"{"slow":true}"#)
        #expect(response.headers["Connection"] == "close")
        #expect(await idle.isClosedByPeer())
        await server.server.shutdown(gracePeriod: .seconds(5))
        #expect(server.server.openConnections == 0)
        // No longer accepting.
        #expect((try? RawClient(port: server.port, timeout: 1)) == nil)
    }

    @Test func graceperiodBoundsTheShutdown() async throws {
        let server = try TestServer()
        let client = try server.client(timeout: 5)
        try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")  // body never completes
        try await Task.sleep(for: .milliseconds(50))
        let watch = client.watchForClose()
        let start = ContinuousClock.now
        await server.server.shutdown(gracePeriod: .milliseconds(300))
        // Bounded by the grace period, not by the stuck request (loose bound: a busy machine).
        let elapsed = try #require(try await watch.value(), "still open after the grace period") - start
        #expect(elapsed < .seconds(8), "closed after \(elapsed)")
    }
}
