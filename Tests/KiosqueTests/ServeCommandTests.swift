import Foundation
import KiosqueTestSupport
import Testing

/// The `kiosque` binary as users run it: flags, environment, signals, exit codes.
@Suite(.serialized) struct ServeCommandTests {
    @Test func helpListsEveryEnvironmentVariable() async throws {
        let kiosque = try KiosqueProcess(["serve", "--help"])
        #expect(try await kiosque.exitStatus() == 0)
        for variable in ["KIOSQUE_HOST", "KIOSQUE_PORT", "KIOSQUE_DATA", "KIOSQUE_PUBLIC", "KIOSQUE_LOG_LEVEL",
                         "KIOSQUE_ACCESS_LOG", "KIOSQUE_HEADER_TIMEOUT", "KIOSQUE_KEEP_ALIVE_TIMEOUT",
                         "KIOSQUE_MAX_CONNECTIONS", "KIOSQUE_MAX_BODY", "KIOSQUE_GRACE_PERIOD"] {
            #expect(kiosque.text.contains(variable), "\(variable) missing from --help")
        }
    }

    @Test func badFlagValueExitsWithAUsageError() async throws {
        let kiosque = try KiosqueProcess(["--port", "http"])
        #expect(try await kiosque.exitStatus() == 64)
        #expect(kiosque.text.contains("port"))
    }

    @Test func badEnvironmentValueIsNamed() async throws {
        let kiosque = try KiosqueProcess([], environment: ["KIOSQUE_PORT": "eighty"])
        #expect(try await kiosque.exitStatus() == 64)
        #expect(kiosque.text.contains("KIOSQUE_PORT"))
    }

    @Test func environmentPortIsUsedAndFlagWins() async throws {
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log"], environment: ["KIOSQUE_PORT": "1"])
        let port = try await kiosque.listeningPort()
        #expect(port != 1)
        let response = try await RawClient(port: port).exchange(get("/healthz"))
        #expect(response.text == #"{"status":"ok"}"#)
        kiosque.signal(SIGINT)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func accessLogHasOneLinePerRequest() async throws {
        let kiosque = try KiosqueProcess(["--port", "0"])
        let port = try await kiosque.listeningPort()
        let client = try RawClient(port: port)
        _ = try await client.exchange(get("/healthz"))
        _ = try await client.exchange(get("/missing"))
        try await Task.sleep(for: .milliseconds(100))
        #expect(kiosque.text.contains("GET /healthz 200"))
        #expect(kiosque.text.contains("GET /missing 404"))
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func sigtermCompletesTheRequestInFlight() async throws {
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log"])
        let port = try await kiosque.listeningPort()
        let client = try RawClient(port: port, timeout: 10)
        // Head and part of the body: the request is in flight when the signal arrives.
        try client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab")
        try await Task.sleep(for: .milliseconds(200))
        kiosque.signal(SIGTERM)
        try await Task.sleep(for: .milliseconds(300))
        try client.send("cde")
        let response = try await client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == #"{"status":"ok"}"#)
        #expect(response.headers["Connection"] == "close")
        #expect(try await kiosque.exitStatus(timeout: .seconds(15)) == 0)
    }
}
