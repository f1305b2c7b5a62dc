import Dispatch
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Handlers must not need a libdispatch thread: on Linux a priority's threads are capped (255)
/// for the whole process, and while other code holds them all blocked (200 clients waiting on
/// this server's answers, in the test suite) a pool built on dispatch queues answers nothing.
@Suite struct HandlerPoolThreadsTests {
    @Test func poolAnswersWhileEveryDispatchThreadIsBlocked() async throws {
        let server = try TestServer()
        let client = try server.client(timeout: 10)
        // More blockers than the cap, queued before the request: a dispatch job queued after
        // them never gets a thread until they end. Held only for the exchange (the whole suite's
        // clients and other tests' waits need those threads too).
        let release = DispatchSemaphore(value: 0)
        let blockers = 300
        for index in 0..<blockers {
            DispatchQueue(label: "kiosque.test.blocker.\(index)").async {
                _ = release.wait(timeout: .now() + .seconds(20))
            }
        }
        defer { for _ in 0..<blockers { release.signal() } }
        try client.send(get("/items/7"))
        let response = try client.readResponseOnThisThread()
        #expect(response.status == 200)
        #expect(response.text == #"{"id":"7"}"#)
        await server.stop()
    }
}
