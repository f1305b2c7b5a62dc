import Dispatch
import KiosqueHTTP
import KiosqueTestSupport
import Synchronization
import Testing

/// The per-turn read cap (`Connection.syncReading`: 16 bursts of the loop's 64 KiB buffer):
/// a client that pipelines without pause must not hold its event loop, and yielding in the
/// middle of its pipeline must not lose or reorder answers. Over real sockets, one loop.
@Suite struct ReadTurnCapTests {
    /// Far more than one turn's 1 MiB: 8 MiB in requests of about 1 KiB.
    private static let pipelineLength = 8_192
    /// About 1 KiB each (see `pipeline`).
    private static let requestSize = 1_003
    /// Requests one turn (1 MiB) reads.
    private static let requestsPerTurn = 1_048_576 / requestSize

    @Test func aPipelineFloodDoesNotStarveAnotherConnectionOnItsLoop() async throws {
        let log = AnswerLog(holdsFirstFlood: true)
        let count = Self.pipelineLength
        let pipeline = Self.pipeline(count: count)
        let server = try Self.oneLoopServer(LoggingResponder(log: log))
        let flooder = try server.client(timeout: 30)
        let neighbour = try server.client(timeout: 30)
        let sent = startedNow { try flooder.send(pipeline) }
        // The loop holds at the flood's first request until the neighbour's request is in its
        // socket: from then on, how long the neighbour waits depends on the loop alone. The
        // request goes out from a thread of its own, as soon as the loop holds: the test's task
        // may not run again before the loop's hold (30 s at most) is over.
        let neighbourSent = startedNow { () throws -> Bool in
            guard log.floodStarted.wait(timeout: .now() + .seconds(30)) == .success else { return false }
            try neighbour.send(get("/neighbour"))
            log.neighbourSent.signal()
            return true
        }
        #expect(try await neighbourSent.value(), "the flood's first request never reached the responder")
        async let inOrder = Self.answersInOrder(flooder, from: 0, to: count)
        #expect(try await neighbour.readResponse().status == 200)
        #expect(try await inOrder == count)
        try await sent.value()
        // Without the cap the loop reads the flood until the socket runs dry, which it does only
        // once the whole pipeline is in. With it, the neighbour waits for the flood's turn under
        // way and at most one more (the loop's second look at unfinished reads): 3 turns is slack.
        let before = try #require(log.floodAnsweredBeforeNeighbour)
        #expect(before < 3 * Self.requestsPerTurn, "the neighbour was answered after \(before) of \(count) pipelined requests")
        await server.stop()
    }

    @Test func answersToAPipelineLongerThanATurnStayCompleteAndInOrder() async throws {
        let count = 3_000  // about 3 MiB: three turns, with requests split across reads and turns
        let pipeline = Self.pipeline(count: count)
        let server = try Self.oneLoopServer(LoggingResponder(log: AnswerLog(holdsFirstFlood: false)))
        let client = try server.client(timeout: 30)
        let sent = startedNow { try client.send(pipeline) }
        let answered = try await Self.answersInOrder(client, from: 0, to: count)
        try await sent.value()
        #expect(answered == count)
        // Nothing beyond the last answer: the connection still works and answers the next request.
        #expect(try await client.exchange(get("/neighbour")).status == 200)
        await server.stop()
    }

    /// One event loop, so that every connection shares it.
    private static func oneLoopServer(_ responder: LoggingResponder) throws -> TestServer {
        try TestServer(responder: responder) { $0.ioQueueCount = 1 }
    }

    /// How many answers, from /flood/`first` on, came complete and in order (stops at the first
    /// that did not). One read at a time, as a client would: a reader that took every core would
    /// leave the sender behind and let the server find the socket dry even without the cap.
    private static func answersInOrder(_ client: RawClient, from first: Int, to end: Int) async throws -> Int {
        for index in first..<end {
            let response = try await client.readResponse()
            guard response.status == 200, response.text == #"{"id":"\#(index)"}"# else {
                Issue.record("answer \(index) was \(response.status) \(response.text)")
                return index - first
            }
        }
        return end - first
    }

    /// `count` pipelined GETs of /flood/0, /flood/1, …, each padded to `requestSize` − 6 …
    /// `requestSize` bytes, so that request boundaries fall at a different place in every 64 KiB read.
    private static func pipeline(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * requestSize)
        for index in 0..<count {
            let bare = get("/flood/\(index)", "X-Pad: \r\n").utf8.count
            let padding = String(repeating: "p", count: requestSize - 6 + index % 7 - bare)
            bytes += Array(get("/flood/\(index)", "X-Pad: \(padding)\r\n").utf8)
        }
        return bytes
    }

}

/// What the server answered, in the order its loop answered it.
private final class AnswerLog: Sendable {
    private struct State {
        var floodAnswered = 0
        var floodAnsweredBeforeNeighbour: Int?
    }

    private let state = Mutex(State())
    /// When set, the loop signals `floodStarted` at the flood's first request, then waits for
    /// `neighbourSent`.
    private let holdsFirstFlood: Bool
    let floodStarted = DispatchSemaphore(value: 0)
    let neighbourSent = DispatchSemaphore(value: 0)

    init(holdsFirstFlood: Bool) {
        self.holdsFirstFlood = holdsFirstFlood
    }

    func answeredFlood() {
        let first = state.withLock { state in
            state.floodAnswered += 1
            return state.floodAnswered == 1
        }
        if first && holdsFirstFlood {
            floodStarted.signal()
            // Bounded: a broken test fails on its expectations instead of hanging the loop.
            _ = neighbourSent.wait(timeout: .now() + .seconds(30))
        }
    }

    func answeredNeighbour() {
        state.withLock { $0.floodAnsweredBeforeNeighbour = $0.floodAnswered }
    }

    var floodAnsweredBeforeNeighbour: Int? { state.withLock { $0.floodAnsweredBeforeNeighbour } }
}

/// Answers on the loop's thread (as prepared responses are), so the log's order is the loop's.
private struct LoggingResponder: HTTPResponder {
    let log: AnswerLog

    func respond(to request: HTTPRequest) -> HTTPResponse {
        answer(request)
    }

    func respondInline(to request: HTTPRequest) -> HTTPResponse? {
        answer(request)
    }

    private func answer(_ request: HTTPRequest) -> HTTPResponse {
        if request.path.hasPrefix("/flood/") {
            log.answeredFlood()
            return .json(bytes: Array(#"{"id":"\#(request.path.dropFirst("/flood/".count))"}"#.utf8))
        }
        log.answeredNeighbour()
        return .json(bytes: Array(#"{"neighbour":true}"#.utf8))
    }
}
