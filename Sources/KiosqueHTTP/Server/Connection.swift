import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client connection's driver: owns the socket and its transport, turns its loop's epoll
/// edges into events for the `ConnectionStateMachine` and performs what it decides. Lives on
/// one `EventLoop` thread for its whole life; every property is touched only there, which is
/// what makes `@unchecked Sendable` sound.
///
/// Edges, not levels: an edge says "something changed" once, so the driver remembers what it
/// has not consumed yet (`inputPending`, `outputBlocked`) and reads or writes until `EAGAIN`.
final class Connection: @unchecked Sendable {
    let descriptor: Int32
    let loop: EventLoop
    let core: ServerCore
    private(set) var transport: (any Transport)?
    /// Touched only on the loop's thread: the runtime exclusivity check buys nothing here.
    @exclusivity(unchecked) var machine: ConnectionStateMachine
    /// Set by the loop: tells this connection from a later one on the same descriptor.
    var serial: UInt64 = 0
    /// The deadline this connection last put in its loop's timer heap.
    var scheduledAt: UInt64 = .max
    private(set) var closed = false
    /// The socket may hold unread bytes: an edge came and no read has met `EAGAIN` since.
    var inputPending = false
    /// The peer shut or reset the connection: a short read no longer proves the socket drained.
    var peerHungUp = false
    /// A write met a full socket buffer: nothing more is written until the `EPOLLOUT` edge.
    var outputBlocked = false
    /// The transport must write before it can read (TLS): reading waits for `EPOLLOUT`.
    var readNeedsWritable = false
    /// The transport must read before it can write (TLS): writing waits for `EPOLLIN`.
    var writeNeedsReadable = false
    /// `processInput` is running (guards against re-entry from a synchronous write).
    private var processing = false
    /// `syncReading` is running (reading can answer, and answering can ask to read).
    private var reading = false

    /// When the current wait ends (the loop's timer heap compares it with the clock).
    var deadline: UInt64 { machine.deadline.instant }

    var now: UInt64 { core.clock.now() }

    init(descriptor: Int32, loop: EventLoop, core: ServerCore, tls: TLSContext?) {
        self.descriptor = descriptor
        self.loop = loop
        self.core = core
        transport = makeTransport(descriptor: descriptor, tls: tls)
        var settings = ConnectionSettings()
        if let transport { settings = ConnectionSettings(core.configuration, transport: transport) }
        machine = ConnectionStateMachine(settings: settings)
    }

    /// The socket is in the loop's epoll set: the first deadline starts. The first edge
    /// (bytes already waiting, or the TLS client hello) comes from the registration itself.
    func start() {
        guard transport != nil else { return close() }
        machine.start(now: now)
    }

    /// What epoll reported for this socket.
    func handle(events: UInt32) {
        if events & Epoll.hangUp != 0 { peerHungUp = true }
        if events & Epoll.readable != 0 {
            inputPending = true
            if writeNeedsReadable {
                writeNeedsReadable = false
                flush()
            }
        }
        if events & Epoll.writable != 0 { writableEvent() }
        syncReading()
    }

    // MARK: Reading

    /// Reads while the socket may hold bytes and the state machine wants them, for at most
    /// `burstsPerTurn` bursts: a client that sends without pause then waits its turn behind
    /// the loop's other connections instead of holding the thread.
    func syncReading() {
        guard !reading else { return }
        reading = true
        defer { reading = false }
        var bursts = 0
        while !closed && inputPending && !readNeedsWritable && !machine.readingPaused {
            guard bursts < Self.burstsPerTurn else { return loop.readLater(self) }
            readBurst()
            bursts += 1
        }
    }

    /// 16 reads of the loop's 64 KiB buffer: at most 1 MiB per connection per turn.
    private static let burstsPerTurn = 16

    /// One read, then the requests it completed are answered. One read, not "until the input
    /// is full": that limit is a body's size (1 MiB by default), so a pipelining client could
    /// otherwise be read for 16 MiB in one turn and hold as much unparsed.
    private func readBurst() {
        guard let transport else { return close() }
        if machine.isLingering { return discardUntilPeerCloses() }
        if machine.isHandshaking {
            guard advanceHandshake() else { return }
        }
        let buffer = loop.readBuffer
        switch transport.read(into: buffer) {
        case .done(let count) where count > 0:
            machine.received(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            if count < buffer.count && transport.shortReadDrainsSocket && !peerHungUp { inputPending = false }
            processInput()
        case .done, .closed:
            inputPending = false
            return peerClosed()
        case .wantRead:
            inputPending = false
        case .wantWrite:
            readNeedsWritable = true
        case .failed:
            return close()
        }
        machine.readBurstEnded()
    }

    /// The peer shut its side: finish what was asked, then close.
    private func peerClosed() {
        if machine.peerClosed() { return close() }
        processInput()
        // Answering may have failed to write and closed the connection already.
        guard !closed else { return }
        if machine.stopReadingAfterPeerClosed() { close() }
    }

    /// Parses and answers every complete request in the input, in order, then writes the
    /// responses. Not re-entrant: writing can finish synchronously and ask for more input.
    func processInput() {
        guard !processing else { return }
        processing = true
        defer { processing = false }
        while !closed {
            switch machine.nextRequest(now: now) {
            case .dispatch(let head, let body):
                dispatch(head, body: body)
                // Answered inline: read on, so pipelined answers leave together; but write each
                // full batch, so that a peer that has gone is noticed before its whole burst is answered.
                if !machine.awaitingHandler {
                    if machine.output.chunks.count >= OutputQueue.batch { flush() }
                    continue
                }
                flush()
            case .reject(let error, let method):
                answer(error, method: method)
                continue
            case .wait:
                flush()
            case .backpressure:
                flush()
                if !closed && machine.output.isEmpty { continue }
            }
            break
        }
        if machine.output.isOverHighWater { machine.pauseReading() }
    }

    // MARK: Writing

    func enqueue(_ finished: FinishedResponse) {
        guard let transport else { return }
        let time = now
        guard let body = finished.body, body.count > 0 else {
            return machine.enqueue(SharedBytes(finished.head), now: time)
        }
        if finished.head.count + body.count <= transport.mergesHeadAndBodyUpTo {
            return machine.enqueue(SharedBytes(finished.head, followedBy: body), now: time)
        }
        machine.enqueue(SharedBytes(finished.head), now: time)
        machine.enqueue(body, now: time)
    }

    /// Writes as much queued output as the socket takes; the rest waits for the next edge.
    func flush() {
        guard !machine.output.isEmpty, !outputBlocked, !writeNeedsReadable, let transport else { return }
        while !closed && !machine.output.isEmpty {
            switch transport.write(machine.output.chunks[...]) {
            case .done(let count): machine.wrote(count, now: now)
            case .wantWrite:
                outputBlocked = true
                return
            case .wantRead:
                writeNeedsReadable = true
                return
            case .closed, .failed: return close()
            }
        }
        guard !closed else { return }
        switch machine.outputDrained(now: now) {
        case .none: break
        case .readInput: if !processing { processInput() }
        case .linger: linger()
        case .close: close()
        }
        syncReading()
    }

    private func writableEvent() {
        outputBlocked = false
        if readNeedsWritable {
            readNeedsWritable = false
            inputPending = true
        }
        flush()
    }

    // MARK: Closing

    /// Closes at once; safe to call more than once. The descriptor leaves the epoll set as it closes.
    func close() {
        guard !closed else { return }
        closed = true
        if !machine.isLingering { transport?.finishSending() }  // best effort
        machine.closed()
        // Not yet registered (its loop stopped first): no loop knows it.
        if serial != 0 { loop.remove(self) }
        transport = nil
        Glibc.close(descriptor)
        core.openConnections.subtract(1, ordering: .relaxed)
    }
}
