import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Deadlines that trickling bytes cannot stretch: a body must arrive within the I/O
/// timeout plus its size at the minimum rate, counted from its start (the slow drip itself is
/// driven by a test clock in `ClockDrivenTimeoutTests`).
@Suite struct SlowClientTests {
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
