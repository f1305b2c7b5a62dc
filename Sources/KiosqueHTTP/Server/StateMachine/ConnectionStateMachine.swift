/// What one connection does next, decided without I/O, Dispatch or clock reads: the driver
/// (`Connection`) feeds it events with the time they happened and performs what it answers.
/// Owns the framing decisions: keep-alive, `100-continue`, pipelining order (one request at
/// the handler at a time), close after an error, lingering close, drain, and every deadline.
///
/// Reading is level-triggered: `readingPaused` says whether the driver's read source should
/// run; the driver reconciles it after each event.
struct ConnectionStateMachine {
    /// A deadline passed: what the driver does about it.
    enum Expiry: Equatable {
        case none
        /// Answer this (408) and close.
        case reject(HTTPParseError)
        case close
    }

    /// All output is written: what comes next.
    enum AfterOutput: Equatable {
        case none
        /// Parse the pipelined input that waited for the output.
        case readInput
        /// Shut our sending side and wait briefly for the peer to close (see `lingering`).
        case linger
        case close
    }

    let settings: ConnectionSettings
    private(set) var phase: ConnectionPhase
    /// Received bytes not yet parsed.
    var input: [UInt8] = []
    /// How far `input` was already searched for the end of a head.
    var scanned = 0
    var output = OutputQueue()
    var deadline = ConnectionDeadline()
    /// A request is with the handler; its answer has not come back yet.
    private(set) var awaitingHandler = false
    /// A graceful stop asked this connection to end after its current response.
    private(set) var draining = false
    /// The peer has shut its sending side.
    private(set) var peerDone = false
    /// Whether the driver should hold its read source suspended.
    var readingPaused = false
    /// When the body being read started and how many bytes have arrived since.
    var bodyStart: UInt64 = 0
    var bodyBytes = 0

    init(settings: ConnectionSettings) {
        self.settings = settings
        phase = settings.startsWithHandshake ? .handshake : .head
    }

    /// The connection is registered: the first wait starts.
    mutating func start(now: UInt64) {
        if case .handshake = phase {
            deadline.arm(settings.handshakeTimeout, from: now, answersRequestTimeout: false)
        } else {
            deadline.arm(settings.headerReadTimeout, from: now, answersRequestTimeout: true)
        }
    }

    /// The transport's handshake completed: HTTP starts.
    mutating func handshakeCompleted(now: UInt64) {
        phase = .head
        deadline.arm(settings.headerReadTimeout, from: now, answersRequestTimeout: false)
    }

    var isHandshaking: Bool {
        if case .handshake = phase { return true }
        return false
    }

    var isLingering: Bool {
        if case .lingering = phase { return true }
        return false
    }

    /// Bytes arrived from the peer.
    mutating func received(_ bytes: UnsafeRawBufferPointer) {
        input.append(contentsOf: bytes)
    }

    var inputIsFull: Bool { input.count > settings.inputLimit }

    /// A read burst ended. Waiting for a handler with a full input buffer: stop reading
    /// until it answers.
    mutating func readBurstEnded() {
        if awaitingHandler && inputIsFull { readingPaused = true }
    }

    /// The peer shut its side. True when nothing is left to answer: close at once.
    mutating func peerClosed() -> Bool {
        peerDone = true
        guard case .head = phase else { return false }
        return input.allSatisfy { $0 == 0x0D || $0 == 0x0A }
    }

    /// After the input left by a closed peer is answered: no more requests are read. True
    /// when nothing is being written or computed any more: close now.
    mutating func stopReadingAfterPeerClosed() -> Bool {
        phase = .closing
        readingPaused = true
        return output.isEmpty && !awaitingHandler
    }

    /// The request went to the handler; its time is not the client's to account for.
    mutating func dispatched() {
        awaitingHandler = true
        deadline.cancel()
    }

    /// The handler answered. Returns whether the connection stays open after this response.
    mutating func handlerAnswered(keepAliveAsked: Bool, serverDraining: Bool) -> Bool {
        awaitingHandler = false
        return keepAliveAsked && !draining && !serverDraining
    }

    /// The handler's response is queued.
    mutating func responseQueued(keepAlive: Bool, now: UInt64) {
        if !keepAlive {
            phase = .closing
            readingPaused = true
            // A last response that no byte of leaves must still end: the slow-reader deadline.
            deadline.armTransfer(since: output.transferStart, bytes: output.transferred, stall: settings.ioStallTimeout,
                                 minimumRate: settings.minTransferRate)
        } else if case .head = phase {
            deadline.arm(settings.keepAliveTimeout, from: now, answersRequestTimeout: false)
        }
    }

    /// Reading stops for good: after a framing error the rest of the stream cannot be
    /// trusted (RFC 9112 §9.3 … and request smuggling). The driver answers the error.
    mutating func rejected() {
        phase = .closing
        input.removeAll()
        readingPaused = true
    }

    /// A deadline may have passed at `now`.
    mutating func timerFired(now: UInt64) -> Expiry {
        guard deadline.hasPassed(at: now), phaseIsOpen else { return .none }
        if deadline.answersRequestTimeout, case .head = phase, !input.isEmpty, output.isEmpty {
            deadline.cancel()
            rejected()
            return .reject(HTTPParseError(.requestTimeout, "The request head was not received in time."))
        }
        return .close
    }

    /// Graceful stop: true when the connection should close now (idle, handshaking or
    /// lingering); otherwise it closes after the response in progress.
    mutating func drainRequested() -> Bool {
        draining = true
        switch phase {
        case .head: return input.isEmpty && output.isEmpty && !awaitingHandler
        case .handshake, .lingering: return true
        case .body, .chunked, .closing, .closed: return false
        }
    }

    /// Our side is shut: discard what the peer still sends until it closes, briefly.
    mutating func lingerStarted(now: UInt64) {
        phase = .lingering
        input.removeAll()
        deadline.arm(settings.lingerTimeout, from: now, answersRequestTimeout: false)
        readingPaused = false
    }

    mutating func closed() {
        phase = .closed
        deadline.cancel()
        output.removeAll()
    }

    var isClosed: Bool {
        if case .closed = phase { return true }
        return false
    }

    private var phaseIsOpen: Bool { !isClosed }

    mutating func resumeReading() {
        readingPaused = false
    }

    mutating func pauseReading() {
        readingPaused = true
    }

    mutating func setPhase(_ next: ConnectionPhase) {
        phase = next
    }
}
