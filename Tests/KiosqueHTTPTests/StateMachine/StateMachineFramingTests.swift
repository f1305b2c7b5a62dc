@testable import KiosqueHTTP
import Testing

/// Framing decisions of the state machine: pipelining order, bodies, `100-continue`,
/// errors, back-pressure, and when reading pauses.
@Suite struct StateMachineFramingTests {
    @Test func pipelinedRequestsAreDispatchedOneAtATimeInOrder() {
        var harness = MachineHarness()
        harness.receive("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(harness.next().dispatchedTarget == "/1")
        #expect(harness.next().isWait, "the second waits for the first's answer")
        _ = harness.answer("HTTP/1.1 200 OK\r\n\r\n")
        #expect(harness.next().dispatchedTarget == "/2")
    }

    @Test func pipelinedInputWaitingForOutputIsReadAfterIt() {
        var harness = MachineHarness()
        harness.receive("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = harness.next()
        _ = harness.answer("HTTP/1.1 200 OK\r\n\r\n")
        harness.receive("GET /2 HTTP/1.1\r\n")
        #expect(harness.writeAll() == .readInput)
        #expect(harness.machine.deadline.answersRequestTimeout)
    }

    @Test func contentLengthBodyArrivingInPiecesIsDispatchedWhole() {
        var harness = MachineHarness()
        harness.receive("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\nabc")
        #expect(harness.next().isWait)
        harness.receive("defGET")
        #expect(harness.next().dispatchedBody == Array("abcdef".utf8))
        #expect(harness.machine.input == Array("GET".utf8), "the next request's bytes stay")
    }

    @Test func chunkedBodyIsDecoded() {
        var harness = MachineHarness()
        harness.receive("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")
        #expect(harness.next().isWait)
        harness.receive("0\r\n\r\n")
        #expect(harness.next().dispatchedBody == Array("abc".utf8))
    }

    @Test func expectContinueIsAnsweredOnlyBeforeTheBodyArrives() {
        var waiting = MachineHarness()
        waiting.receive("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
        #expect(waiting.next().isWait)
        #expect(waiting.outputText == "HTTP/1.1 100 Continue\r\n\r\n")

        var eager = MachineHarness()
        eager.receive("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok")
        #expect(eager.next().dispatchedBody == Array("ok".utf8))
        #expect(eager.outputText.isEmpty)
    }

    @Test func malformedHeadIsRejectedAndReadingStops() {
        var harness = MachineHarness()
        harness.receive("GET / HTTP/1.1\r\nBad Header\r\n\r\nGET /next HTTP/1.1\r\n\r\n")
        #expect(harness.next().rejectedStatus == 400)
        #expect(harness.machine.readingPaused)
        #expect(harness.machine.input.isEmpty, "nothing after a framing error is trusted")
        #expect(harness.next().isWait)
    }

    @Test func announcedBodyOverTheLimitIsRefusedUnread() {
        var harness = MachineHarness()
        let limit = harness.machine.settings.limits.maxBodyBytes
        harness.receive("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: \(limit + 1)\r\n\r\n")
        #expect(harness.next().rejectedStatus == 413)
    }

    @Test func tlsRecordOnAPlainPortIsRejectedAtOnce() {
        var harness = MachineHarness()
        harness.receive("\u{16}\u{03}\u{01}")
        #expect(harness.next().rejectedStatus == 400)
    }

    @Test func tooMuchQueuedOutputStopsReadingRequests() {
        var harness = MachineHarness()
        harness.receive("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = harness.next()
        _ = harness.answer(String(repeating: "x", count: OutputQueue.highWater))
        #expect(harness.next().isBackpressure)
        _ = harness.writeAll()
        #expect(harness.next().dispatchedTarget == "/2")
    }

    @Test func fullInputPausesReadingWhileTheHandlerWorks() {
        var harness = MachineHarness()
        harness.receive("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = harness.next()
        harness.receive(String(repeating: "y", count: harness.machine.settings.inputLimit + 1))
        harness.machine.readBurstEnded()
        #expect(harness.machine.readingPaused)
        _ = harness.answer("HTTP/1.1 200 OK\r\n\r\n")
        #expect(harness.writeAll() == .readInput)
        #expect(!harness.machine.readingPaused)
    }

    @Test func peerClosingAnIdleConnectionClosesAtOnce() {
        var harness = MachineHarness()
        harness.receive("\r\n")
        let closesAtOnce = harness.machine.peerClosed()
        #expect(closesAtOnce)
    }
}
