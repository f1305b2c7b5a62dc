import Dispatch
import KiosqueHTTP
import KiosqueTestSupport
import Synchronization
import Testing

/// The per-turn read cap (`Connection.syncReading`: 16 bursts of the loop's 64 KiB buffer):
/// a client that pipelines without pause must not hold its event loop, and yielding in the
/// middle of its pipeline must not lose or reorder answers. Over real sockets, one loop.
@Suite(.serialized) struct ReadTurnCapTests {
    /// Far more than one turn's 1 MiB: 8,192 requests of about 1 KB.
    private static let pipelineLength = 8_192
    /// Requests read in one turn: 16 × 64 KiB of requests of 1,000–1,006 bytes.
    private static let requestsPerTurn = 16 * 64 * 1_024 / 1_000

    @Test func aPipelineFloodDoesNotStarveAnotherConnectionOnItsLoop() async throws {
        let log = AnswerLog()
        let server = try TestServer(responder: LoggingResponder(log: log)) { $0.ioQueueCount = 1 }
        let neighbour = try server.client(timeout: 30)
        // The neighbour's connection is on the loop before the flood starts.
        #expect(try await neighbour.exchange(get("/warm-up")).status == 200)
        // The loop itself sends the neighbour's request while it answers the flood's first one:
        // the request is waiting in the kernel from the flood's first turn on, whatever the
        // scheduling of the test's threads.
        log.sendWhenFloodStarts(get("/neighbour"), on: neighbour)
        let flooder = try server.client(timeout: 30)
        let count = Self.pipelineLength
        async let sent: Void = sendOnItsOwnThread(flooder, Self.pipeline(count: count))
        async let floodAnswers = flooder.readResponses(count: count)
        #expect(try await neighbour.readResponse().text == #"{"neighbour":true}"#)
        #expect(Self.inOrder(try await floodAnswers, from: 0) == count)
        try await sent
        // Without the cap the loop reads the flood until its socket runs dry, which the sender
        // (faster than the parser) allows only near the end; with it, the neighbour waits a turn.
        let before = try #require(log.floodAnsweredBeforeNeighbour)
        #expect(before >= 1)
        #expect(before <= 2 * Self.requestsPerTurn,
                "the neighbour was answered after \(before) of \(count) pipelined requests")
        await server.stop()
    }

    @Test func answersToAPipelineLongerThanATurnStayCompleteAndInOrder() async throws {
        let server = try TestServer(responder: LoggingResponder(log: AnswerLog())) { $0.ioQueueCount = 1 }
        let client = try server.client(timeout: 30)
        let count = 3_000  // about 3 MiB: three turns, with requests split across reads and turns
        async let sent: Void = sendOnItsOwnThread(client, Self.pipeline(count: count))
        let answers = try await client.readResponses(count: count)
        try await sent
        #expect(Self.inOrder(answers, from: 0) == count)
        // Nothing beyond the last answer: the connection still works and answers the next request.
        #expect(try await client.exchange(get("/neighbour")).status == 200)
        await server.stop()
    }

    /// How many answers, from /flood/`first` on, came complete and in order (stops at the first that did not).
    private static func inOrder(_ answers: [RawResponse], from first: Int) -> Int {
        for (offset, response) in answers.enumerated() {
            let index = first + offset
            guard response.status == 200, response.text == #"{"id":"\#(index)"}"# else {
                Issue.record("answer \(index) was \(response.status) \(response.text)")
                return offset
            }
        }
        return answers.count
    }

    /// `count` pipelined GETs of /flood/0, /flood/1, …, each padded to 1,000–1,006 bytes, so that
    /// request boundaries fall at a different place in every 64 KiB read.
    private static func pipeline(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 1_010)
        for index in 0..<count {
            let bare = get("/flood/\(index)", "X-Pad: \r\n").utf8.count
            let padding = String(repeating: "p", count: 1_000 + index % 7 - bare)
            bytes += Array(get("/flood/\(index)", "X-Pad: \(padding)\r\n").utf8)
        }
        return bytes
    }

    /// Writes `bytes` from a thread of its own: the write blocks while the server reads, and the
    /// test reads the answers meanwhile.
    private func sendOnItsOwnThread(_ client: RawClient, _ bytes: [UInt8]) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            DispatchQueue(label: "kiosque.test.pipeline-sender").async {
                done.resume(with: Result { try client.send(bytes) })
            }
        }
    }
}

/// What the server answered, in the order its loop answered it.
private final class AnswerLog: Sendable {
    private struct State {
        var floodAnswered = 0
        var floodAnsweredBeforeNeighbour: Int?
        var pendingNeighbour: (request: String, client: RawClient)?
    }

    private let state = Mutex(State())

    /// Once the flood's first request is answered, the loop's thread sends `request` on `client`.
    func sendWhenFloodStarts(_ request: String, on client: RawClient) {
        state.withLock { $0.pendingNeighbour = (request, client) }
    }

    func answeredFlood() {
        let pending = state.withLock { state in
            state.floodAnswered += 1
            defer { state.pendingNeighbour = nil }
            return state.pendingNeighbour
        }
        // A request of a few bytes: the write completes at once, it never blocks the loop.
        if let pending { try? pending.client.send(pending.request) }
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
        if request.path == "/neighbour" { log.answeredNeighbour() }
        return .json(bytes: Array(#"{"neighbour":true}"#.utf8))
    }
}
