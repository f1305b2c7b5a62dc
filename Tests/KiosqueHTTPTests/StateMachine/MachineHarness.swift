@testable import KiosqueHTTP
import KiosqueTestSupport

/// A state machine with short timeouts and a hand-driven clock, and helpers that feed it the
/// events a driver would.
struct MachineHarness {
    let clock = TestClock()
    var machine: ConnectionStateMachine

    static let header: Duration = .seconds(5)
    static let keepAlive: Duration = .seconds(20)
    static let stall: Duration = .seconds(3)
    static let rate = 1_000
    static let handshake: Duration = .seconds(7)
    static let linger: Duration = .seconds(2)

    init(handshake: Bool = false) {
        var settings = ConnectionSettings()
        settings.headerReadTimeout = Self.header
        settings.keepAliveTimeout = Self.keepAlive
        settings.ioStallTimeout = Self.stall
        settings.minTransferRate = Self.rate
        settings.handshakeTimeout = Self.handshake
        settings.lingerTimeout = Self.linger
        settings.startsWithHandshake = handshake
        settings.rejectsTLSRecords = !handshake
        machine = ConnectionStateMachine(settings: settings)
        machine.start(now: clock.now())
    }

    var now: UInt64 { clock.now() }

    /// `now + duration`, as the machine computes deadlines.
    func instant(after duration: Duration) -> UInt64 {
        ConnectionDeadline.instant(after: duration, from: now)
    }

    mutating func advance(_ duration: Duration) {
        clock.advance(by: duration)
    }

    mutating func receive(_ text: String) {
        Array(text.utf8).withUnsafeBytes { machine.received($0) }
    }

    mutating func next() -> ConnectionStateMachine.Step {
        machine.nextRequest(now: now)
    }

    mutating func fire() -> ConnectionStateMachine.Expiry {
        machine.timerFired(now: now)
    }

    /// Writes everything queued, as a socket that takes it all would.
    mutating func writeAll() -> ConnectionStateMachine.AfterOutput {
        machine.wrote(machine.output.pending, now: now)
        return machine.outputDrained(now: now)
    }

    /// The handler answers with `bytes`; returns whether the connection stays open.
    mutating func answer(_ bytes: String, keepAliveAsked: Bool = true) -> Bool {
        let keepAlive = machine.handlerAnswered(keepAliveAsked: keepAliveAsked, serverDraining: false)
        machine.enqueue(SharedBytes(Array(bytes.utf8)), now: now)
        machine.responseQueued(keepAlive: keepAlive, now: now)
        return keepAlive
    }

    /// The queued output as text.
    var outputText: String {
        String(decoding: machine.output.chunks.flatMap { Array($0.bytes.array[$0.written...]) }, as: UTF8.self)
    }
}

extension ConnectionStateMachine.Step {
    /// The dispatched request's target, or nil.
    var dispatchedTarget: String? {
        if case .dispatch(let head, _) = self { return head.target }
        return nil
    }

    var dispatchedBody: [UInt8]? {
        if case .dispatch(_, let body) = self { return body }
        return nil
    }

    var rejectedStatus: Int? {
        if case .reject(let error, _) = self { return error.status.code }
        return nil
    }

    var isWait: Bool {
        if case .wait = self { return true }
        return false
    }

    var isBackpressure: Bool {
        if case .backpressure = self { return true }
        return false
    }
}

extension ConnectionStateMachine.Expiry {
    var rejectedStatus: Int? {
        if case .reject(let error) = self { return error.status.code }
        return nil
    }
}
