import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Handlers run apart from the I/O queues: one connection's slow requests do not delay
/// another connection's cheap ones, even when both share the only I/O queue.
@Suite struct HandlerPoolTests {
    @Test func slowPipelinedRequestsDoNotDelayHealthz() async throws {
        let server = try TestServer { configuration in
            configuration.ioQueueCount = 1
            configuration.handlerConcurrency = 4
        }
        var slow: [RawClient] = []
        for _ in 0..<2 {
            let client = try server.client(timeout: 20)
            try client.send(String(repeating: get("/slow?ms=300"), count: 8))
            slow.append(client)
        }
        let probe = try server.client()
        var latencies: [Duration] = []
        for _ in 0..<9 {
            let start = ContinuousClock.now
            #expect(try await probe.exchange(get("/healthz")).status == 200)
            latencies.append(ContinuousClock.now - start)
        }
        let median = latencies.sorted()[latencies.count / 2]
        // On the I/O queue each probe waited for at least one 300 ms handler; the bound is
        // loose because parallel suites load the machine's two cores.
        #expect(median < .milliseconds(250), "median \(median)")
        for client in slow {
            for _ in 0..<8 { #expect(try await client.readResponse().status == 200) }
        }
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
