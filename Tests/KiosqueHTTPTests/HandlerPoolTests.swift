import Dispatch
import KiosqueHTTP
import KiosqueTestSupport
import Synchronization
import Testing

/// Handlers run apart from the I/O queues: one connection's slow requests do not delay
/// another connection's cheap ones, even when both share the only I/O queue.
@Suite struct HandlerPoolTests {
    @Test func heldPipelinedRequestsDoNotDelayHealthz() async throws {
        // Handlers that wait until the test lets them go: if /healthz were queued behind them
        // on the only I/O queue, no probe could be answered before the gate opens.
        let gate = Gate()
        var router = Router.Builder()
        router.get("/healthz") { _, _ in .json(bytes: Array(#"{"status":"ok"}"#.utf8)) }
        router.get("/held") { _, _ in
            gate.pass()
            return .json(bytes: Array(#"{"held":true}"#.utf8))
        }
        let server = try TestServer(responder: router.build()) { configuration in
            configuration.ioQueueCount = 1
            configuration.handlerConcurrency = 4
        }
        var held: [RawClient] = []
        for _ in 0..<2 {
            let client = try server.client(timeout: 20)
            try client.send(String(repeating: get("/held"), count: 8))
            held.append(client)
        }
        let probe = try server.client(timeout: 10)
        for _ in 0..<9 {
            #expect(try await probe.exchange(get("/healthz")).status == 200)
        }
        #expect(gate.passed == 0, "a held request was answered before the gate opened")
        gate.open()
        for client in held {
            for _ in 0..<8 { #expect(try await client.readResponse().text == #"{"held":true}"#) }
        }
        #expect(gate.passed == 16)
        await server.stop()
    }

    @Test func pipelinedAnswersKeepTheirOrderAcrossThePool() async throws {
        let server = try TestServer { $0.handlerConcurrency = 8 }
        let client = try server.client()
        // Slow first, fast after: the answers must still come back in request order.
        try client.send(get("/slow?ms=100") + (0..<20).map { get("/items/\($0)") }.joined())
        #expect(try await client.readResponse().text == #"{"slow":true}"#)
        for index in 0..<20 {
            #expect(try await client.readResponse().text == "{\"id\":\"\(index)\"}")
        }
        await server.stop()
    }
}

/// Closed until `open()`; each `pass()` waits for it (bounded, so a broken test fails instead
/// of hanging) and is counted. The bound is generous: in a full parallel run the probes' awaits
/// can wait tens of seconds for a cooperative thread, and a gate that gave way first would
/// count as a held request answered early.
private final class Gate: Sendable {
    private let opened = DispatchSemaphore(value: 0)
    private let passes = Mutex(0)

    func pass() {
        if opened.wait(timeout: .now() + .seconds(120)) == .success { opened.signal() }
        passes.withLock { $0 += 1 }
    }

    func open() {
        opened.signal()
    }

    var passed: Int { passes.withLock { $0 } }
}
