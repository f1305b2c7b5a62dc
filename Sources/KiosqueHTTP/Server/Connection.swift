import Dispatch
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client connection: reads requests, hands them to the responder, writes responses in
/// order. Pinned to one `IOWorker` queue for its whole life; every property is touched only
/// on that queue, which is what makes `@unchecked Sendable` sound.
final class Connection: @unchecked Sendable {
    private enum Phase {
        /// TLS handshake in progress.
        case handshake
        /// Waiting for (the rest of) a request head.
        case head
        /// Reading a Content-Length body.
        case body(RequestHead, remaining: Int, received: [UInt8])
        /// Reading a chunked body.
        case chunked(RequestHead, ChunkedDecoder)
        /// No more requests are read: the connection closes once its output is written.
        case closing
        /// Output written and our side shut: reading and discarding until the peer closes,
        /// so that its late bytes do not make our kernel reset the connection before the
        /// client has read our last response ("lingering close", RFC 9112 §9.6).
        case lingering
    }

    /// How long a lingering close waits for the peer to close.
    private static let lingerTimeout: Duration = .seconds(2)
    /// The peer has shut its sending side (read returned 0).
    private var peerDone = false

    private let descriptor: Int32
    private let worker: IOWorker
    private let core: ServerCore
    private var tls: TLSSession?
    private var phase: Phase
    private var readSource: DispatchSourceRead?
    private var writeSource: DispatchSourceWrite?
    private var readSuspended = false
    private var writeSuspended = true
    private var input: [UInt8] = []
    private var scanned = 0
    /// Response bytes waiting for the socket: buffers and how much of each is already written.
    private var output: [(bytes: SharedBytes, written: Int)] = []
    private var outputBytes = 0
    /// When the body being read, and the output being written, started (nanoseconds) and how
    /// many bytes have moved since: their deadlines follow from these, not from the last byte.
    private var bodyStart: UInt64 = 0
    private var bodyBytes = 0
    private var writeStart: UInt64 = 0
    private var writtenBytes = 0
    /// When the current phase times out, in `DispatchTime` nanoseconds.
    private(set) var deadline: UInt64 = .max
    /// Whether the deadline means "no request head in time" (408) rather than "idle".
    private var deadlineSends408 = false
    private var closed = false
    private var finallyClosed = false
    /// OpenSSL could not make a session for this HTTPS connection.
    private let sessionFailed: Bool
    private var pendingCancels = 0
    private var draining = false
    /// The I/O wants of a TLS read or write that OpenSSL reported blocked on the other direction.
    private var tlsReadNeedsWritable = false
    /// A request is with the handler pool; its answer has not come back yet.
    private var awaitingHandler = false
    /// `processInput` is running (guards against re-entry from a synchronous write).
    private var processing = false

    /// Most unparsed input held before reading pauses (saturating: limits may be huge).
    private var inputLimit: Int {
        let limits = core.configuration.limits
        let headers = limits.maxHeaderBytes.multipliedReportingOverflow(by: 2)
        let total = limits.maxBodyBytes.addingReportingOverflow(headers.partialValue)
        return headers.overflow || total.overflow ? Int.max : total.partialValue
    }

    /// Stop parsing pipelined requests while this many response bytes are unsent.
    private static let outputHighWater = 512 * 1024

    init(descriptor: Int32, worker: IOWorker, core: ServerCore, tls: TLSContext?) {
        self.descriptor = descriptor
        self.worker = worker
        self.core = core
        if let tls {
            // No session on an HTTPS port means closing, never falling back to plaintext.
            self.tls = TLSSession(context: tls, descriptor: descriptor)
            sessionFailed = self.tls == nil
            phase = sessionFailed ? .closing : .handshake
        } else {
            sessionFailed = false
            phase = .head
        }
    }

    /// Registers the connection on its queue and starts reading. Called on `worker.queue`.
    func start() {
        worker.add(self)
        if sessionFailed { return close() }
        let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: worker.queue)
        source.setEventHandler { [unowned self] in self.readable() }
        source.setCancelHandler { [self] in self.sourceCancelled() }
        readSource = source
        pendingCancels += 1
        if case .handshake = phase {
            setDeadline(core.configuration.tlsHandshakeTimeout, sends408: false)
        } else {
            setDeadline(core.configuration.headerReadTimeout, sends408: true)
        }
        source.resume()
    }

    // MARK: Reading

    private func readable() {
        guard !closed else { return }
        if case .lingering = phase { return discardUntilPeerCloses() }
        if tlsReadNeedsWritable { return }
        if case .handshake = phase {
            guard advanceHandshake() else { return }
        }
        var gotBytes = false
        while !closed {
            let count: Int
            if let tls {
                switch tls.read(into: worker.readBuffer.baseAddress!, capacity: worker.readBuffer.count) {
                case .done(let n): count = n
                case .wantRead: count = -1
                case .wantWrite:
                    tlsReadNeedsWritable = true
                    armWritable()
                    count = -1
                case .closed: count = 0
                case .failed: return close()
                }
            } else {
                let n = read(descriptor, worker.readBuffer.baseAddress, worker.readBuffer.count)
                if n < 0 {
                    if errno == EAGAIN || errno == EWOULDBLOCK { count = -1 }
                    else if errno == EINTR { continue }
                    else { return close() }
                } else {
                    count = n
                }
            }
            if count < 0 { break }
            if count == 0 { return peerClosed() }
            input.append(contentsOf: UnsafeRawBufferPointer(start: worker.readBuffer.baseAddress, count: count))
            gotBytes = true
            if count < worker.readBuffer.count && tls == nil { break }
            if input.count > inputLimit { break }
        }
        if gotBytes { processInput() }
        // Waiting for a handler with a full input buffer: stop reading until it answers.
        if awaitingHandler && input.count > inputLimit { suspendReading() }
    }

    /// The peer shut its side: finish what was asked, then close.
    private func peerClosed() {
        peerDone = true
        if case .head = phase, input.isEmpty || input.allSatisfy({ $0 == 0x0D || $0 == 0x0A }) {
            return close()
        }
        processInput()
        // Answering may have failed to write and closed the connection already.
        guard !closed else { return }
        phase = .closing
        suspendReading()
        if outputBytes == 0 && !awaitingHandler { close() }
    }

    /// Parses and answers every complete request in `input`, in order, then writes the
    /// responses. Not re-entrant: writing can finish synchronously and ask for more input.
    private func processInput() {
        guard !processing else { return }
        processing = true
        defer { processing = false }
        while true {
            let stoppedForBackpressure = parseAndRespond()
            flush()
            guard stoppedForBackpressure, !closed, outputBytes == 0 else { break }
        }
        if outputBytes >= Self.outputHighWater { suspendReading() }
    }

    /// Answers complete requests until input runs out or too much output is queued; returns
    /// true when it stopped because of the output.
    private func parseAndRespond() -> Bool {
        while !closed && !awaitingHandler {
            if outputBytes >= Self.outputHighWater { return true }
            switch phase {
            case .handshake, .closing, .lingering:
                return false
            case .head:
                guard !input.isEmpty else { return false }
                if deadlineSends408 == false {
                    // The first byte of a new request: the header-read clock starts now.
                    setDeadline(core.configuration.headerReadTimeout, sends408: true)
                }
                // A TLS record (0x16: handshake) on a plain port never becomes a request head:
                // answer at once instead of waiting for the header timeout.
                if tls == nil, input.first == 0x16 {
                    fail(HTTPParseError(.badRequest, "This port speaks plain HTTP, not TLS."), method: nil)
                    return false
                }
                switch RequestHeadParser.parse(input, scanned: scanned, limits: core.configuration.limits) {
                case .needMore(let scannedUpTo):
                    scanned = scannedUpTo
                    return false
                case .failure(let error):
                    fail(error, method: nil)
                    return false
                case .complete(let head, let consumed):
                    input.removeFirst(consumed)
                    scanned = 0
                    startBody(of: head)
                }
            case .body(let head, let remaining, var received):
                let take = min(remaining, input.count)
                received.append(contentsOf: input[0..<take])
                input.removeFirst(take)
                if take == remaining {
                    phase = .head
                    respond(to: head, body: received)
                } else {
                    phase = .body(head, remaining: remaining - take, received: received)
                    bodyBytes += take
                    setBodyDeadline()
                    return false
                }
            case .chunked(let head, var decoder):
                switch decoder.feed(input, from: 0) {
                case .needMore:
                    bodyBytes += input.count
                    input.removeAll(keepingCapacity: true)
                    phase = .chunked(head, decoder)
                    setBodyDeadline()
                    return false
                case .failure(let error):
                    fail(error, method: head.method)
                    return false
                case .complete(let consumed):
                    input.removeFirst(consumed)
                    phase = .head
                    respond(to: head, body: decoder.body)
                }
            }
        }
        return false
    }

    private func startBody(of head: RequestHead) {
        bodyStart = DispatchTime.now().uptimeNanoseconds
        bodyBytes = 0
        switch head.framing {
        case .none:
            respond(to: head, body: [])
        case .length(let length):
            // RFC 9110 §15.5.14: refuse an announced body over the limit without reading it.
            if length > core.configuration.limits.maxBodyBytes {
                return fail(HTTPParseError(.contentTooLarge, "The request body is larger than \(core.configuration.limits.maxBodyBytes) bytes."), method: head.method)
            }
            sendContinueIfExpected(head)
            phase = .body(head, remaining: length, received: [])
            setBodyDeadline()
        case .chunked:
            sendContinueIfExpected(head)
            phase = .chunked(head, ChunkedDecoder(maxBodyBytes: core.configuration.limits.maxBodyBytes))
            setBodyDeadline()
        }
    }

    private func sendContinueIfExpected(_ head: RequestHead) {
        guard head.expectsContinue, input.isEmpty else { return }
        enqueue(SharedBytes(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)))
    }

    // MARK: Responding

    /// Hands the request to the handler pool; the answer comes back on this connection's
    /// queue. One request at a time: pipelined ones wait in `input`, which keeps order.
    private func respond(to head: RequestHead, body: [UInt8]) {
        let started = DispatchTime.now().uptimeNanoseconds
        let request = head.request(body: body)
        awaitingHandler = true
        if let response = core.responder.respondInline(to: request) {
            return handlerAnswered(head, request: request, response: response, started: started)
        }
        deadline = .max  // the handler's time is not the client's to account for
        let core = core, worker = worker
        core.handlers.submit { [self] in
            let response = core.responder.respond(to: request)
            worker.queue.async { [self] in
                handlerAnswered(head, request: request, response: response, started: started)
            }
        }
    }

    private func handlerAnswered(_ head: RequestHead, request: HTTPRequest, response: HTTPResponse, started: UInt64) {
        awaitingHandler = false
        guard !closed else { return }
        let keepAlive = head.keepAlive && !draining && !core.draining.load(ordering: .relaxed)
        // Over TLS, cross-site requests get no compression: the BREACH mitigation (see CrossSiteRequest).
        let compressionAllowed = tls == nil || !CrossSiteRequest.isCrossSite(head.headers)
        let context = RequestContext(method: head.method, version: head.version,
                                     acceptEncoding: compressionAllowed ? head.headers.values(for: "Accept-Encoding") : [],
                                     ifNoneMatch: head.headers.values(for: "If-None-Match"),
                                     ifMatch: head.headers.values(for: "If-Match"),
                                     ifUnmodifiedSince: head.headers["If-Unmodified-Since"])
        let finished = ResponseFinalizer.finish(response, for: context, keepAlive: keepAlive,
                                                serverName: core.configuration.serverName, date: worker.dateCache.now)
        enqueue(finished)
        record(method: head.method.rawValue, path: request.path, target: request.target, route: response.route,
               finished: finished, since: started)
        if !keepAlive {
            phase = .closing
            suspendReading()
        } else if case .head = phase {
            setDeadline(core.configuration.keepAliveTimeout, sends408: false)
        }
        processInput()
    }

    /// Answers a request that cannot be served, then closes: after a framing error the rest
    /// of the stream cannot be trusted (RFC 9112 §9.3 … and request smuggling).
    private func fail(_ error: HTTPParseError, method: HTTPMethod?) {
        let response = HTTPResponse.problem(error.status, detail: error.detail)
        let context = RequestContext(method: method ?? .get, version: .http1_1, acceptEncoding: [], ifNoneMatch: [])
        let finished = ResponseFinalizer.finish(response, for: context, keepAlive: false,
                                                serverName: core.configuration.serverName, date: worker.dateCache.now)
        enqueue(finished)
        record(method: method?.rawValue ?? "-", path: "-", target: "-", route: nil, finished: finished,
               since: DispatchTime.now().uptimeNanoseconds)
        phase = .closing
        input.removeAll()
        suspendReading()
        flush()
    }

    /// Logs the target as received, not the decoded path: decoded, `%0a` would forge log lines
    /// and `%1b` would send terminal escapes.
    private func record(method: String, path: String, target: String, route: String?, finished: FinishedResponse,
                        since started: UInt64) {
        let micros = Int((DispatchTime.now().uptimeNanoseconds - started) / 1000)
        core.accessLog?.record(method: method, target: target, status: finished.status.code, bytes: finished.byteCount,
                               microseconds: micros)
        core.observer?(HTTPExchangeRecord(method: method, path: path, status: finished.status.code,
                                          bytes: finished.byteCount, microseconds: micros, route: route))
    }

    // MARK: Writing

    private func enqueue(_ finished: FinishedResponse) {
        // Over TLS each write is a record (and its MAC): head and a small body go out as one.
        if tls != nil, let body = finished.body, body.count > 0, finished.head.count + body.count <= Self.tlsRecordPayload {
            return enqueue(SharedBytes(finished.head, followedBy: body))
        }
        enqueue(SharedBytes(finished.head))
        if let body = finished.body, body.count > 0 { enqueue(body) }
    }

    /// The largest TLS record payload (RFC 8446 §5.1).
    private static let tlsRecordPayload = 16_384

    private func enqueue(_ bytes: SharedBytes) {
        if output.isEmpty {
            writeStart = DispatchTime.now().uptimeNanoseconds
            writtenBytes = 0
        }
        output.append((bytes, 0))
        outputBytes += bytes.count
    }

    /// Writes as much queued output as the socket takes; waits for writability for the rest.
    private func flush() {
        guard !output.isEmpty else { return }
        while !closed && !output.isEmpty {
            let written: Int
            if let tls {
                guard let first = output.first else { break }
                switch tls.write(first.bytes.base + first.written, count: first.bytes.count - first.written) {
                case .done(let n): written = n
                case .wantWrite, .wantRead: return armWritable()
                case .closed, .failed: return close()
                }
            } else {
                var vectors: [iovec] = []
                vectors.reserveCapacity(min(output.count, 16))
                for chunk in output.prefix(16) {
                    vectors.append(iovec(iov_base: chunk.bytes.base + chunk.written, iov_len: chunk.bytes.count - chunk.written))
                }
                let n = writev(descriptor, vectors, Int32(vectors.count))
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EAGAIN || errno == EWOULDBLOCK { return armWritable() }
                    return close()
                }
                written = n
            }
            consumeOutput(written)
            writtenBytes += written
            deadline = transferDeadline(since: writeStart, bytes: writtenBytes)
            deadlineSends408 = false
        }
        guard !closed else { return }
        outputDrained()
    }

    private func consumeOutput(_ count: Int) {
        var remaining = count
        outputBytes -= count
        while remaining > 0, let first = output.first {
            let left = first.bytes.count - first.written
            if remaining >= left {
                output.removeFirst()
                remaining -= left
            } else {
                output[0].written += remaining
                remaining = 0
            }
        }
    }

    private func outputDrained() {
        disarmWritable()
        switch phase {
        case .closing:
            peerDone ? close() : linger()
        case .lingering:
            break
        case .head:
            if awaitingHandler {
                deadline = .max
                return resumeReading()
            }
            if draining && input.isEmpty { return close() }
            setDeadline(input.isEmpty ? core.configuration.keepAliveTimeout : core.configuration.headerReadTimeout,
                        sends408: !input.isEmpty)
            resumeReading()
            if !input.isEmpty && !processing { processInput() }
        case .body, .chunked:
            setBodyDeadline()
            resumeReading()
        case .handshake:
            resumeReading()
        }
    }

    private func armWritable() {
        guard !closed else { return }
        if writeSource == nil {
            let source = DispatchSource.makeWriteSource(fileDescriptor: descriptor, queue: worker.queue)
            source.setEventHandler { [unowned self] in self.writable() }
            source.setCancelHandler { [self] in self.sourceCancelled() }
            writeSource = source
            pendingCancels += 1
            writeSuspended = false
            source.resume()
        } else if writeSuspended {
            writeSuspended = false
            writeSource?.resume()
        }
    }

    /// Never after `close()`: a cancelled source that is suspended never runs its cancel
    /// handler, and the descriptor, the slot and the TLS session would stay forever.
    private func disarmWritable() {
        if let writeSource, !writeSuspended, !tlsReadNeedsWritable, !closed {
            writeSuspended = true
            writeSource.suspend()
        }
    }

    private func writable() {
        if tlsReadNeedsWritable {
            tlsReadNeedsWritable = false
            if output.isEmpty { disarmWritable() }
            readable()
        }
        if case .handshake = phase {
            if advanceHandshake() { readable() }
            return
        }
        flush()
    }

    /// Never after `close()` (see `disarmWritable`).
    private func suspendReading() {
        if let readSource, !readSuspended, !closed {
            readSuspended = true
            readSource.suspend()
        }
    }

    private func resumeReading() {
        if let readSource, readSuspended, !closed {
            readSuspended = false
            readSource.resume()
        }
    }

    // MARK: TLS

    /// Drives the handshake; true once it is done (then HTTP starts).
    private func advanceHandshake() -> Bool {
        guard let tls else { return true }
        switch tls.handshake() {
        case .done:
            phase = .head
            disarmWritable()
            setDeadline(core.configuration.headerReadTimeout, sends408: false)
            return true
        case .wantRead:
            disarmWritable()
            return false
        case .wantWrite:
            armWritable()
            return false
        case .closed, .failed:
            close()
            return false
        }
    }

    // MARK: Deadlines and closing

    private func linger() {
        if let tls, tls.isEstablished { tls.shutdown() }
        shutdown(descriptor, Int32(SHUT_WR))
        phase = .lingering
        input.removeAll()
        setDeadline(Self.lingerTimeout, sends408: false)
        resumeReading()
    }

    private func discardUntilPeerCloses() {
        while true {
            let count = read(descriptor, worker.readBuffer.baseAddress, worker.readBuffer.count)
            if count == 0 { return close() }
            if count < 0 {
                if errno == EINTR { continue }
                if errno != EAGAIN && errno != EWOULDBLOCK { close() }
                return
            }
        }
    }

    private func setDeadline(_ duration: Duration, sends408: Bool) {
        deadline = Self.instant(after: duration, from: DispatchTime.now().uptimeNanoseconds)
        deadlineSends408 = sends408
    }

    private func setBodyDeadline() {
        deadline = transferDeadline(since: bodyStart, bytes: bodyBytes)
        deadlineSends408 = false
    }

    /// A transfer that started at `start` and moved `bytes` must end by `start + ioStallTimeout
    /// + bytes / minTransferRate`: progress earns time only at the minimum rate.
    private func transferDeadline(since start: UInt64, bytes: Int) -> UInt64 {
        let rate = Double(max(1, core.configuration.minTransferRate))
        let earned = Duration.seconds(min(Double(bytes) / rate, 1e9))
        return Self.instant(after: core.configuration.ioStallTimeout + earned, from: start)
    }

    /// `now + duration` in nanoseconds, saturating (a negative duration means now), so that
    /// no configured timeout can overflow.
    static func instant(after duration: Duration, from now: UInt64) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, attoseconds >= 0 else { return now }
        let whole = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        let span = whole.partialValue.addingReportingOverflow(UInt64(attoseconds / 1_000_000_000))
        let end = now.addingReportingOverflow(span.partialValue)
        return whole.overflow || span.overflow || end.overflow ? .max : end.partialValue
    }

    /// Called by the worker's sweep when `deadline` has passed.
    func deadlinePassed() {
        guard !closed else { return }
        if deadlineSends408, case .head = phase, !input.isEmpty, outputBytes == 0 {
            deadline = .max
            return fail(HTTPParseError(.requestTimeout, "The request head was not received in time."), method: nil)
        }
        close()
    }

    /// Graceful stop: close now if idle, else after the response in progress.
    func drain() {
        draining = true
        if case .head = phase, input.isEmpty, outputBytes == 0, !awaitingHandler { close() }
        if case .handshake = phase { close() }
        if isLingering { close() }
    }

    func close() {
        guard !closed else { return }
        closed = true
        deadline = .max
        if let tls, tls.isEstablished, !isLingering { tls.shutdown() }  // close_notify, best effort
        output.removeAll()
        outputBytes = 0
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

    private var isLingering: Bool {
        if case .lingering = phase { return true }
        return false
    }

    private func sourceCancelled() {
        pendingCancels -= 1
        if pendingCancels == 0 { finalClose() }
    }

    /// Runs exactly once, after every dispatch source is cancelled (or when there is none).
    private func finalClose() {
        guard !finallyClosed else { return }
        finallyClosed = true
        tls = nil
        Glibc.close(descriptor)
        core.openConnections.subtract(1, ordering: .relaxed)
        readSource = nil
        writeSource = nil
    }
}
