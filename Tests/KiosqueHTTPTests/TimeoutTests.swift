import Dispatch
import KiosqueHTTP
import KiosqueTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// End-to-end checks on the wall clock with short timeouts: header-read (slowloris) and
/// graceful shutdown. The other timeouts run on a test clock (`ClockDrivenTimeoutTests`).
@Suite struct TimeoutTests {
    @Test func slowlorisIsClosedByTheHeaderTimeout() async throws {
        let server = try TestServer { $0.headerReadTimeout = .milliseconds(400) }
        let client = try server.client(timeout: 10)
        let start = ContinuousClock.now
        // One byte every 50 ms, from another task: the head never completes within 400 ms.
        // The drip runs on a Dispatch thread: it must not wait for a cooperative thread.
        DispatchQueue.global().async { [client] in
            for byte in Array("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8) {
                guard (try? client.send([byte])) != nil else { return }
                usleep(50_000)
            }
        }
        let response = try await client.readResponse()
        let elapsed = ContinuousClock.now - start
        #expect(response.status == 408)
        #expect(response.headers["Connection"] == "close")
        // Upper bounds are loose: other suites may keep this machine's two cores busy.
        #expect(elapsed >= .milliseconds(350) && elapsed < .seconds(30), "closed after \(elapsed)")
        #expect(await client.isClosedByPeer())
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
        let start = ContinuousClock.now
        await server.server.shutdown(gracePeriod: .milliseconds(300))
        // Bounded by the grace period, not by the stuck request (loose bound: a busy machine).
        #expect(ContinuousClock.now - start < .seconds(8))
        #expect(await client.isClosedByPeer())
    }
}
