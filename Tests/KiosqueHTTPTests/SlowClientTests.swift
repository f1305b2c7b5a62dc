import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Deadlines that trickling bytes cannot stretch: a body must arrive within the I/O
/// timeout plus its size at the minimum rate, counted from its start.
@Suite struct SlowClientTests {
    @Test func slowDripBodiesCannotHoldEverySlot() async throws {
        let server = try TestServer { configuration in
            configuration.maxConnections = 10
            configuration.ioStallTimeout = .milliseconds(400)
            configuration.minTransferRate = 1024
        }
        var drippers: [RawClient] = []
        for _ in 0..<10 {
            let client = try server.client()
            try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
            drippers.append(client)
        }
        // One byte per client every 50 ms: each byte used to restart the timer.
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .milliseconds(1500) {
            for client in drippers { try? client.send("a") }
            try await Task.sleep(for: .milliseconds(50))
        }
        // 400 ms + 30 bytes at 1 KiB/s is long past: the slots are free again.
        #expect(server.server.openConnections == 0)
        let fresh = try server.client()
        #expect(try await fresh.exchange(get("/healthz")).status == 200)
        for client in drippers { #expect(await client.isClosedByPeer()) }
        await server.stop()
    }

    @Test func bodyAtAReasonableRateIsServed() async throws {
        let server = try TestServer { configuration in
            configuration.ioStallTimeout = .seconds(10)
            configuration.minTransferRate = 1024
        }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
        for _ in 0..<4 { try client.send(String(repeating: "b", count: 250)) }
        let response = try await client.readResponse()
        #expect(response.status == 200)
        #expect(response.body.count == 1000)
        await server.stop()
    }
}
