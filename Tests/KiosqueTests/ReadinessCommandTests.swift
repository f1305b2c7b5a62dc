import Foundation
import KiosqueTestSupport
import Testing

/// The binary's readiness as a balancer or an orchestrator sees it: the drain after SIGTERM
/// and the `healthcheck` subcommand that container images use instead of curl.
@Suite(.serialized) struct ReadinessCommandTests {
    @Test func sigtermTurnsReadyzTo503WhileStillServing() async throws {
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log", "--drain-delay", "3"])
        let port = try await kiosque.listeningPort()
        #expect(try await RawClient(port: port).exchange(get("/readyz")).status == 200)
        kiosque.signal(SIGTERM)
        try await waitForLog(kiosque, "/readyz answers 503")
        // The listener stays open during the drain delay: new clients are still served.
        let client = try RawClient(port: port)
        #expect(try await client.exchange(get("/readyz")).status == 503)
        #expect(try await client.exchange(get("/api/v1/stats")).status == 200)
        #expect(try await kiosque.exitStatus(timeout: .seconds(20)) == 0)
        #expect(kiosque.text.contains("stopped"))
    }

    @Test func readyLogHasEveryPhaseAndThePeakRSS() async throws {
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log"])
        _ = try await kiosque.listeningPort()
        let line = kiosque.text.split(separator: "\n").first { $0.contains("ready after") }.map(String.init) ?? ""
        for part in ["parse ", "entities ", "index ", "responses ", "peak ", "(index ", " MB, postings "] {
            #expect(line.contains(part), "\(part) missing from: \(line)")
        }
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func healthcheckExitsZeroWhenReady() async throws {
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log"])
        let port = try await kiosque.listeningPort()
        let check = try KiosqueProcess(["healthcheck", "--url", "http://127.0.0.1:\(port)/readyz"])
        #expect(try await check.exitStatus() == 0)
        #expect(check.text.contains("200"))
        let missing = try KiosqueProcess(["healthcheck", "--url", "http://localhost:\(port)/no-such-page"])
        #expect(try await missing.exitStatus() == 1)
        #expect(missing.text.contains("404"))
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func healthcheckExitsOneWhenNothingListens() async throws {
        let port = try closedPort()
        let check = try KiosqueProcess(["healthcheck", "--url", "http://127.0.0.1:\(port)/readyz"])
        #expect(try await check.exitStatus() == 1)
        #expect(check.text.contains("cannot connect"))
    }

    @Test func healthcheckGivesUpAfterItsTimeout() async throws {
        // A socket that listens but never answers: only the timeout ends the check.
        let listener = try SilentListener()
        let started = ContinuousClock.now
        let check = try KiosqueProcess(["healthcheck", "--url", "http://127.0.0.1:\(listener.port)/readyz", "--timeout", "0.5"])
        #expect(try await check.exitStatus(timeout: .seconds(10)) == 1)
        #expect(check.text.contains("no answer in time"))
        let elapsed = try #require(check.outputEndedAt, "the check's output never ended") - started
        #expect(elapsed < .seconds(8), "ended after \(elapsed)")
        listener.close()
    }

    private func waitForLog(_ kiosque: KiosqueProcess, _ needle: String) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !kiosque.text.contains(needle) {
            guard ContinuousClock.now < deadline else { throw ClientError("no '\(needle)' in:\n\(kiosque.text)") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// A loopback port that was free a moment ago (bound, then closed).
    private func closedPort() throws -> Int {
        let listener = try SilentListener()
        let port = listener.port
        listener.close()
        return port
    }
}

/// A loopback TCP socket in the listening state that never accepts.
private final class SilentListener {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else { throw ClientError("cannot listen: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(descriptor) }
}
