import Foundation
import KiosqueTestSupport
import Testing

/// Every size and duration flag has a sane range: out of it the binary exits 64 before
/// listening, naming the flag (no overflow, no crash on a huge timeout).
@Suite struct LimitFlagTests {
    static let outOfRange: [(flag: String, value: String)] = [
        ("--max-body", "9223372036854775807"),
        ("--max-request-line", "9223372036854775807"),
        ("--max-header-bytes", "9223372036854775807"),
        ("--max-headers", "0"),
        ("--max-connections", "99999999999"),
        ("--io-queues", "100000"),
        ("--header-timeout", "1e300"),
        ("--keep-alive-timeout", "9223372036854775807"),
        ("--tls-handshake-timeout", "inf"),
        ("--grace-period", "-1"),
        ("--cache-max-age", "-5"),
        ("--header-timeout", "nan"),
        ("--io-timeout", "0"),
        ("--min-transfer-rate", "0"),
    ]

    @Test(arguments: outOfRange)
    func outOfRangeValueExits64NamingTheFlag(flag: String, value: String) async throws {
        var arguments = ["--port", "0", flag, value]
        if flag == "--tls-handshake-timeout" { arguments += ["--tls-cert", "missing.pem", "--tls-key", "missing.key"] }
        let kiosque = try KiosqueProcess(arguments)
        #expect(try await kiosque.exitStatus() == 64, "\(flag) \(value): \(kiosque.text)")
        #expect(kiosque.text.contains(flag), "\(flag) not named: \(kiosque.text)")
    }

    @Test func corsOriginWithLineBreakIsRefused() async throws {
        let kiosque = try KiosqueProcess(["--port", "0", "--cors-origin", "https://a.example\r\nSet-Cookie: x=1"])
        #expect(try await kiosque.exitStatus() == 64)
        #expect(kiosque.text.contains("--cors-origin"), "\(kiosque.text)")
    }

    @Test func largestAllowedValuesStart() async throws {
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log", "--max-body", "1073741824", "--max-request-line", "1048576",
                                          "--max-header-bytes", "1048576", "--header-timeout", "3600", "--keep-alive-timeout", "3600"])
        let port = try await kiosque.listeningPort()
        let client = try RawClient(port: port)
        #expect(try await client.exchange(get("/healthz")).status == 200)
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }
}
