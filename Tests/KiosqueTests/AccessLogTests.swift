import Foundation
import KiosqueTestSupport
import Testing

/// The access log writes the target as received, with control characters escaped: a
/// client cannot forge log lines (`%0a`) or send terminal escapes (`%1b`).
@Suite struct AccessLogTests {
    @Test func encodedControlCharactersStayEncoded() async throws {
        let kiosque = try KiosqueProcess(["--port", "0", "--access-log"])
        let port = try await kiosque.listeningPort()
        let client = try RawClient(port: port)
        let response = try await client.exchange("GET /nothing%0aGET%20/forged%20200%1b[31m HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(response.status == 404)
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
        let log = kiosque.text
        #expect(log.contains("/nothing%0aGET%20/forged%20200%1b[31m"), "\(log.suffix(600))")
        #expect(!log.contains("\u{1B}"))
        #expect(!log.split(separator: "\n").contains { $0.hasPrefix("GET /forged") })
    }
}
