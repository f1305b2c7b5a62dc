import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// A pool handler's answer returns to its loop through the inbox and an eventfd. With one
/// lone client nothing else ever wakes that loop, so a wake-up lost between draining the inbox
/// and sleeping in `epoll_wait` would leave a request unanswered for good. Every read here is
/// bounded: a lost answer fails the test instead of hanging it.
@Suite struct LoneClientWakeUpTests {
    @Test func everyPoolAnswerReachesALoneClient() async throws {
        // Two loops: a new connection is often dealt to the loop that did not accept it, so
        // its registration travels through the inbox too.
        let server = try TestServer { configuration in
            configuration.ioQueueCount = 2
            configuration.handlerConcurrency = 2
        }
        let kept = try server.client(timeout: 10)
        for index in 0..<600 {
            let fresh = index % 3 == 2
            let client = fresh ? try server.client(timeout: 10) : kept
            let response = try await client.exchange(get("/items/\(index)"))
            #expect(response.status == 200)
            #expect(response.text == "{\"id\":\"\(index)\"}")
            if fresh { client.closeNow() }
        }
        kept.closeNow()
        await server.stop()
    }
}
