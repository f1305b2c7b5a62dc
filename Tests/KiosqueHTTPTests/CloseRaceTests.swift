import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// A client that closes while its answers are still queued must not leak its connection
/// slot or descriptor (the write fails after the read side saw the close).
@Suite struct CloseRaceTests {
    /// Sends `bytes` and closes at once, without reading anything.
    private func sendAndClose(_ server: TestServer, _ bytes: [UInt8]) throws {
        let client = try server.client()
        try client.send(bytes)
        client.closeNow()
    }

    /// Once a fresh client is answered (so every earlier connection was accepted: the accept
    /// queue is first in, first out), polls until only that one is open or `limit` passes;
    /// returns the count of the others.
    private func openConnectionsSettle(_ server: TestServer, within limit: Duration = .seconds(20)) async throws -> Int {
        let fresh = try server.client(timeout: 30)
        #expect(try await fresh.exchange(get("/healthz")).status == 200)
        let end = ContinuousClock.now + limit
        while server.server.openConnections > 1 && ContinuousClock.now < end {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return server.server.openConnections - 1
    }

    @Test func pipelinedRequestsThenCloseLeakNothing() async throws {
        let server = try TestServer()
        let request = Array(get("/healthz").utf8)
        var pipelined: [UInt8] = []
        while pipelined.count + 2 * request.count <= 65_536 { pipelined += request }
        // The last request carries a padding header so that the burst is exactly 64 KiB.
        let padding = 65_536 - pipelined.count - request.count - "X-Pad: \r\n".utf8.count
        pipelined += Array(get("/healthz", "X-Pad: \(String(repeating: "a", count: padding))\r\n").utf8)
        #expect(pipelined.count == 65_536)
        for _ in 0..<5 { try sendAndClose(server, pipelined) }
        #expect(try await openConnectionsSettle(server) == 0)
        await server.stop()
    }

    @Test func pipelinedLargeAnswersThenCloseLeakNothing() async throws {
        let server = try TestServer()
        let burst = Array(String(repeating: get("/dynamic"), count: 400).utf8)
        for _ in 0..<4 { try sendAndClose(server, burst) }
        #expect(try await openConnectionsSettle(server) == 0)
        await server.stop()
    }
}
