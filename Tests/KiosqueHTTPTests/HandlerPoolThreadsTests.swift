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
        let release = DispatchSemaphore(value: 0), running = DispatchSemaphore(value: 0)
        let blockers = 300
        for index in 0..<blockers {
            DispatchQueue(label: "kiosque.test.blocker.\(index)").async {
                running.signal()
                _ = release.wait(timeout: .now() + .seconds(60))
            }
        }
        defer { for _ in 0..<blockers { release.signal() } }
        // Most blockers hold a thread; the rest wait ahead of anything queued from now on.
        for _ in 0..<200 { _ = running.wait(timeout: .now() + .seconds(30)) }
        try client.send(get("/items/7"))
        let response = try client.readResponseOnThisThread()
        #expect(response.status == 200)
        #expect(response.text == #"{"id":"7"}"#)
        await server.stop()
    }
}
