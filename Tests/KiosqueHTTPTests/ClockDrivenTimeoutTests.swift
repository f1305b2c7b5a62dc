import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Timeouts over real sockets, driven by a test clock: each test brings the connection to a
/// state it can observe (a response read, a `100 Continue` read), advances the clock and
/// runs the deadline sweep. No sleeps.
@Suite struct ClockDrivenTimeoutTests {
    @Test func silentConnectionIsClosedWhenTheClockPassesTheHeaderTimeout() async throws {
        let clock = TestClock()
        let server = try TestServer { $0.clock = clock; $0.headerReadTimeout = .seconds(10) }
        let client = try server.client(timeout: 10)
        #expect(await server.server.waitUntilStarted(1))
        clock.advance(by: .seconds(9))
        await server.server.sweepDeadlines()
        #expect(await server.server.startedConnections() == 1, "still open before the timeout")
        clock.advance(by: .seconds(1))
        await server.server.sweepDeadlines()
        #expect(await client.isClosedByPeer())
        await server.stop()
    }

    @Test func idleKeepAliveConnectionIsClosedWhenTheClockPassesTheTimeout() async throws {
        let clock = TestClock()
        let server = try TestServer { $0.clock = clock; $0.keepAliveTimeout = .seconds(30) }
        let client = try server.client(timeout: 10)
        #expect(try await client.exchange(get("/healthz")).status == 200)
        clock.advance(by: .seconds(29))
        await server.server.sweepDeadlines()
        #expect(try await client.exchange(get("/healthz")).status == 200, "still open before the timeout")
        clock.advance(by: .seconds(30))
        await server.server.sweepDeadlines()
        #expect(await client.isClosedByPeer())
        await server.stop()
    }

    @Test func stalledBodyIsClosedWhenTheClockPassesTheTransferDeadline() async throws {
        let clock = TestClock()
        let server = try TestServer { configuration in
            configuration.clock = clock
            configuration.ioStallTimeout = .seconds(30)
            configuration.minTransferRate = 1024
        }
        let client = try server.client(timeout: 10)
        try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n")
        // The 100 proves the server is reading the body: the transfer deadline is armed.
        #expect(try await client.readResponse().status == 100)
        clock.advance(by: .seconds(29))
        await server.server.sweepDeadlines()
        try client.send("abc")
        // 30 s plus 3 bytes at 1 KiB/s from the body's start: long past after 2 s more.
        clock.advance(by: .seconds(2))
        await server.server.sweepDeadlines()
        #expect(await client.isClosedByPeer())
        await server.stop()
    }

    @Test func slowDripBodiesCannotHoldEverySlot() async throws {
        let clock = TestClock()
        let server = try TestServer { configuration in
            configuration.clock = clock
            configuration.maxConnections = 10
            configuration.ioStallTimeout = .milliseconds(400)
            configuration.minTransferRate = 1024
        }
        var drippers: [RawClient] = []
        for _ in 0..<10 {
            let client = try server.client(timeout: 10)
            try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n")
            #expect(try await client.readResponse().status == 100)
            drippers.append(client)
        }
        #expect(try await server.client().readResponse().status == 503, "every slot is held")
        // One byte per client every 50 ms: each byte used to restart the timer.
        for _ in 0..<30 {
            for client in drippers { try? client.send("a") }
            clock.advance(by: .milliseconds(50))
            await server.server.sweepDeadlines()
        }
        // 400 ms + 30 bytes at 1 KiB/s is long past: the slots are free again.
        for client in drippers { #expect(await client.isClosedByPeer()) }
        #expect(await server.server.waitUntilConnectionsClose(), "\(server.server.openConnections) still open")
        let fresh = try server.client()
        #expect(try await fresh.exchange(get("/healthz")).status == 200)
        await server.stop()
    }
}
