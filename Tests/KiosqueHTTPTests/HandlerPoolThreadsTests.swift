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
        let response = try Self.withDispatchThreadsHeld {
            try client.send(get("/items/7"))
            return try client.readResponseOnThisThread()
        }
        client.closeNow()
        #expect(response.status == 200)
        #expect(response.text == #"{"id":"7"}"#)
        await server.stop()
    }

    /// Runs `body` with more blocked dispatch jobs queued than the cap allows threads: a job
    /// queued after them gets none until they end. They end as soon as `body` returns, since
    /// the rest of the suite (its clients' reads) needs those threads too.
    private static func withDispatchThreadsHeld<T>(_ body: () throws -> T) rethrows -> T {
        let release = DispatchSemaphore(value: 0)
        let blockers = 300
        for index in 0..<blockers {
            DispatchQueue(label: "kiosque.test.blocker.\(index)").async {
                _ = release.wait(timeout: .now() + .seconds(20))
            }
        }
        defer { for _ in 0..<blockers { release.signal() } }
        return try body()
    }
}
