import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// What reaches a plain HTTP port that is not HTTP: answered and closed promptly.
@Suite struct PlainPortTests {
    @Test func tlsClientHelloGets400AndCloseAtOnce() async throws {
        let server = try TestServer { $0.headerReadTimeout = .seconds(120) }
        let client = try server.client(timeout: 10)
        // The first bytes of a TLS 1.2+ ClientHello record: handshake type, version, length.
        try client.send([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 0x03, 0x03])
        let start = ContinuousClock.now
        let (response, closedAt) = try await client.readResponseThenClose()
        #expect(response.status == 400)
        #expect(response.headers["Connection"] == "close")
        // Well before the 120 s header timeout (loose bound: parallel tests load the machine).
        let elapsed = try #require(closedAt, "still open after the 400") - start
        #expect(elapsed < .seconds(30), "closed after \(elapsed)")
        await server.stop()
    }
}
