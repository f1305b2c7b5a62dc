import Dispatch
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client connection's driver: owns the socket, its transport and Dispatch sources, feeds
/// events to the `ConnectionStateMachine` and performs what it decides. Pinned to one
/// `IOWorker` queue for its whole life; every property is touched only on that queue, which
/// is what makes `@unchecked Sendable` sound.
final class Connection: @unchecked Sendable {
    let descriptor: Int32
    let worker: IOWorker
    let core: ServerCore
    private(set) var transport: (any Transport)?
    /// Touched only on the connection's queue: the runtime exclusivity check buys nothing here.
    @exclusivity(unchecked) var machine: ConnectionStateMachine
    var readSource: DispatchSourceRead?
    var writeSource: DispatchSourceWrite?
    var readSuspended = false
    var writeSuspended = true
    private(set) var closed = false
    private var finallyClosed = false
    var pendingCancels = 0
    /// A transport read reported it needs the socket writable first.
    var readNeedsWritable = false
    /// `processInput` is running (guards against re-entry from a synchronous write).
    private var processing = false

    /// When the current wait ends (the worker's sweep compares it with the clock).
    var deadline: UInt64 { machine.deadline.instant }

    var now: UInt64 { core.clock.now() }

    init(descriptor: Int32, worker: IOWorker, core: ServerCore, tls: TLSContext?) {
        self.descriptor = descriptor
        self.worker = worker
        self.core = core
        transport = makeTransport(descriptor: descriptor, tls: tls)
        var settings = ConnectionSettings()
        if let transport { settings = ConnectionSettings(core.configuration, transport: transport) }
        machine = ConnectionStateMachine(settings: settings)
    }

    /// Registers the connection on its queue and starts reading. Called on `worker.queue`.
    func start() {
        worker.add(self)
        guard transport != nil else { return close() }
        let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: worker.queue)
        source.setEventHandler { [unowned self] in self.readable() }
        source.setCancelHandler { [self] in self.sourceCancelled() }
        readSource = source
        pendingCancels += 1
        machine.start(now: now)
        source.resume()
    }

    // MARK: Reading

    private func readable() {
        guard !closed, let transport else { return }
        if machine.isLingering { return discardUntilPeerCloses() }
        if readNeedsWritable { return }
        if machine.isHandshaking {
            guard advanceHandshake() else { return }
        }
        let buffer = worker.readBuffer
        var gotBytes = false
        reading: while !closed {
            switch transport.read(into: buffer) {
            case .done(let count) where count > 0:
                machine.received(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                gotBytes = true
                if count < buffer.count && transport.shortReadDrainsSocket { break reading }
                if machine.inputIsFull { break reading }
            case .done, .closed:
                return peerClosed()
            case .wantRead:
                break reading
            case .wantWrite:
                readNeedsWritable = true
                armWritable()
                break reading
            case .failed:
                return close()
            }
        }
        if gotBytes { processInput() }
        machine.readBurstEnded()
        syncReading()
    }

    /// The peer shut its side: finish what was asked, then close.
    private func peerClosed() {
        if machine.peerClosed() { return close() }
        processInput()
        // Answering may have failed to write and closed the connection already.
        guard !closed else { return }
        let idle = machine.stopReadingAfterPeerClosed()
        syncReading()
        if idle { close() }
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
        syncReading()
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

    /// Writes as much queued output as the socket takes; waits for writability for the rest.
    func flush() {
        guard !machine.output.isEmpty, let transport else { return }
        while !closed && !machine.output.isEmpty {
            switch transport.write(machine.output.chunks[...]) {
            case .done(let count): machine.wrote(count, now: now)
            case .wantWrite, .wantRead: return armWritable()
            case .closed, .failed: return close()
            }
        }
        guard !closed else { return }
        disarmWritable()
        switch machine.outputDrained(now: now) {
        case .none: break
        case .readInput:
            syncReading()
            if !processing { processInput() }
        case .linger: linger()
        case .close: close()
        }
        syncReading()
    }

    func writableEvent() {
        if readNeedsWritable {
            readNeedsWritable = false
            if machine.output.isEmpty { disarmWritable() }
            readable()
        }
        if machine.isHandshaking {
            if advanceHandshake() { readable() }
            return
        }
        flush()
    }

    // MARK: Closing

    func close() {
        guard !closed else { return }
        closed = true
        if !machine.isLingering { transport?.finishSending() }  // best effort
        machine.closed()
        worker.remove(self)
        if let readSource {
            if readSuspended { readSource.resume() }
            readSource.cancel()
        }
        if let writeSource {
            if writeSuspended { writeSource.resume() }
            writeSource.cancel()
        }
        if readSource == nil && writeSource == nil { finalClose() }
    }

    func sourceCancelled() {
        pendingCancels -= 1
        if pendingCancels == 0 { finalClose() }
    }

    /// Runs exactly once, after every dispatch source is cancelled (or when there is none).
    private func finalClose() {
        guard !finallyClosed else { return }
        finallyClosed = true
        transport = nil
        Glibc.close(descriptor)
        core.openConnections.subtract(1, ordering: .relaxed)
        readSource = nil
        writeSource = nil
    }
}
