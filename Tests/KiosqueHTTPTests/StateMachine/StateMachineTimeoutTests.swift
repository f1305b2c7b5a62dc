@testable import KiosqueHTTP
import Testing

/// Every deadline of a connection, driven by a test clock: no sleeps, exact instants.
@Suite struct StateMachineTimeoutTests {
    @Test func silentConnectionClosesAtTheHeaderTimeout() {
        var harness = MachineHarness()
        #expect(harness.machine.deadline.instant == harness.instant(after: MachineHarness.header))
        harness.advance(MachineHarness.header - .milliseconds(1))
        #expect(harness.fire() == .none)
        harness.advance(.milliseconds(1))
        #expect(harness.fire() == .close)
    }

    @Test func partialHeadIsAnswered408AtTheHeaderTimeout() {
        var harness = MachineHarness()
        harness.advance(.seconds(1))
        harness.receive("GET / HTTP/1.1\r\nHost: x\r\n")
        #expect(harness.next().isWait)
        // Armed when the connection started, not re-armed by the first byte.
        harness.advance(MachineHarness.header - .seconds(1) - .milliseconds(1))
        #expect(harness.fire() == .none)
        harness.advance(.milliseconds(1))
        #expect(harness.fire().rejectedStatus == 408)
        #expect(harness.machine.readingPaused)
        #expect(harness.machine.input.isEmpty)
    }

    @Test func idleKeepAliveConnectionClosesAtTheKeepAliveTimeout() {
        var harness = MachineHarness()
        harness.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(harness.next().dispatchedTarget == "/a")
        #expect(harness.machine.deadline.instant == .max, "the handler's time is not the client's")
        harness.advance(.seconds(100))
        #expect(harness.fire() == .none)
        let keptOpen = harness.answer("HTTP/1.1 200 OK\r\n\r\n")
        #expect(keptOpen)
        #expect(harness.writeAll() == .none)
        #expect(harness.machine.deadline.instant == harness.instant(after: MachineHarness.keepAlive))
        harness.advance(MachineHarness.keepAlive - .milliseconds(1))
        #expect(harness.fire() == .none)
        harness.advance(.milliseconds(1))
        #expect(harness.fire() == .close)
    }

    @Test func aNewRequestOnAKeepAliveConnectionRearmsTheHeaderTimeout() {
        var harness = MachineHarness()
        harness.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = harness.next()
        _ = harness.answer("HTTP/1.1 200 OK\r\n\r\n")
        _ = harness.writeAll()
        harness.advance(.seconds(10))
        harness.receive("GET /b HTTP/1.1\r\n")
        #expect(harness.next().isWait)
        #expect(harness.machine.deadline.instant == harness.instant(after: MachineHarness.header))
        harness.advance(MachineHarness.header)
        #expect(harness.fire().rejectedStatus == 408)
    }

    @Test func bodyMustArriveAtTheMinimumRate() {
        var harness = MachineHarness()
        harness.receive("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10000\r\n\r\n")
        #expect(harness.next().isWait)
        let bodyStart = harness.now
        // 2,000 bytes earn 2 s at 1,000 B/s on top of the 3 s stall allowance, from the body's start.
        for _ in 0..<4 {
            harness.advance(.milliseconds(500))
            harness.receive(String(repeating: "a", count: 500))
            #expect(harness.next().isWait)
        }
        let expected = ConnectionDeadline.instant(after: MachineHarness.stall + .seconds(2), from: bodyStart)
        #expect(harness.machine.deadline.instant == expected)
        harness.advance(.seconds(3) - .milliseconds(1))
        #expect(harness.fire() == .none)
        harness.advance(.milliseconds(1))
        #expect(harness.fire() == .close, "a trickling body is closed without an answer")
    }

    @Test func slowReaderIsClosedAtTheMinimumRate() {
        var harness = MachineHarness()
        harness.receive("GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = harness.next()
        _ = harness.answer(String(repeating: "b", count: 100_000))
        let writeStart = harness.now
        harness.advance(.seconds(1))
        harness.machine.wrote(1_000, now: harness.now)
        #expect(harness.machine.deadline.instant == ConnectionDeadline.instant(after: MachineHarness.stall + .seconds(1), from: writeStart))
        harness.advance(.seconds(3) - .milliseconds(1))
        #expect(harness.fire() == .none)
        harness.advance(.milliseconds(1))
        #expect(harness.fire() == .close)
    }

    @Test func lastResponseThatNeverLeavesIsClosedAtTheStallTimeout() {
        var harness = MachineHarness()
        harness.receive("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        _ = harness.next()
        let keptOpen = harness.answer("HTTP/1.1 200 OK\r\n\r\n", keepAliveAsked: false)
        #expect(!keptOpen)
        // Not one byte written: the socket never became writable.
        harness.advance(MachineHarness.stall - .milliseconds(1))
        #expect(harness.fire() == .none)
        harness.advance(.milliseconds(1))
        #expect(harness.fire() == .close)
    }

    @Test func handshakeMustCompleteInTime() {
        var harness = MachineHarness(handshake: true)
        #expect(harness.machine.isHandshaking)
        #expect(harness.machine.deadline.instant == harness.instant(after: MachineHarness.handshake))
        harness.advance(MachineHarness.handshake)
        #expect(harness.fire() == .close)
    }

    @Test func completedHandshakeStartsTheHeaderTimeout() {
        var harness = MachineHarness(handshake: true)
        harness.advance(.seconds(1))
        harness.machine.handshakeCompleted(now: harness.now)
        #expect(!harness.machine.isHandshaking)
        #expect(harness.machine.deadline.instant == harness.instant(after: MachineHarness.header))
        harness.advance(MachineHarness.header)
        #expect(harness.fire() == .close)
    }

    @Test func lingeringCloseEndsAtTheLingerTimeout() {
        var harness = MachineHarness()
        harness.receive("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        _ = harness.next()
        let keptOpen = harness.answer("HTTP/1.1 200 OK\r\n\r\n", keepAliveAsked: false)
        #expect(!keptOpen)
        #expect(harness.machine.readingPaused)
        #expect(harness.writeAll() == .linger)
        harness.machine.lingerStarted(now: harness.now)
        #expect(harness.machine.isLingering)
        #expect(!harness.machine.readingPaused, "lingering reads and discards")
        #expect(harness.machine.deadline.instant == harness.instant(after: MachineHarness.linger))
        harness.advance(MachineHarness.linger)
        #expect(harness.fire() == .close)
    }

    @Test func peerThatAlreadyClosedIsNotLingeredFor() {
        var harness = MachineHarness()
        harness.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        let closesAtOnce = harness.machine.peerClosed()
        #expect(!closesAtOnce)
        _ = harness.next()
        let idle = harness.machine.stopReadingAfterPeerClosed()
        #expect(!idle, "the handler is still working")
        _ = harness.answer("HTTP/1.1 200 OK\r\n\r\n")
        #expect(harness.writeAll() == .close)
    }

    @Test func drainClosesIdleConnectionsAtOnceAndBusyOnesAfterTheirResponse() {
        var idle = MachineHarness()
        let idleCloses = idle.machine.drainRequested()
        #expect(idleCloses)

        var lingering = MachineHarness()
        lingering.machine.lingerStarted(now: lingering.now)
        let lingeringCloses = lingering.machine.drainRequested()
        #expect(lingeringCloses)

        var handshaking = MachineHarness(handshake: true)
        let handshakingCloses = handshaking.machine.drainRequested()
        #expect(handshakingCloses)

        var busy = MachineHarness()
        busy.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = busy.next()
        let busyCloses = busy.machine.drainRequested()
        #expect(!busyCloses)
        let keptOpen = busy.answer("HTTP/1.1 200 OK\r\n\r\n")
        #expect(!keptOpen, "a draining connection answers Connection: close")
        #expect(busy.writeAll() == .linger)
    }

    @Test func deadlinesSaturateInsteadOfOverflowing() {
        #expect(ConnectionDeadline.instant(after: .seconds(Int64.max), from: 5) == .max)
        #expect(ConnectionDeadline.instant(after: .seconds(1), from: .max - 10) == .max)
        #expect(ConnectionDeadline.instant(after: .seconds(-3), from: 42) == 42)
    }
}
