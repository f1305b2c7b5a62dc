/// Framing: turning received bytes into whole requests, one at a time and in order.
extension ConnectionStateMachine {
    /// What reading the input produced.
    enum Step {
        /// A whole request: hand it to the handler (pipelined ones wait in `input`).
        case dispatch(RequestHead, body: [UInt8])
        /// A request that cannot be served: answer this error, then close.
        case reject(HTTPParseError, method: HTTPMethod?)
        /// Nothing to do until more bytes arrive (or the handler answers).
        case wait
        /// Too much output is queued: write it before reading on.
        case backpressure
    }

    private static let continueResponse = SharedBytes(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))

    /// Reads the next request out of `input`.
    mutating func nextRequest(now: UInt64) -> Step {
        while !awaitingHandler {
            if output.isOverHighWater { return .backpressure }
            switch phase {
            case .handshake, .closing, .lingering, .closed:
                return .wait
            case .head:
                guard !input.isEmpty else { return .wait }
                if !deadline.answersRequestTimeout {
                    // The first byte of a new request: the header-read clock starts now.
                    deadline.arm(settings.headerReadTimeout, from: now, answersRequestTimeout: true)
                }
                if settings.rejectsTLSRecords, input.first == 0x16 {
                    return reject(HTTPParseError(.badRequest, "This port speaks plain HTTP, not TLS."), method: nil)
                }
                switch RequestHeadParser.parse(input, scanned: scanned, limits: settings.limits) {
                case .needMore(let scannedUpTo):
                    scanned = scannedUpTo
                    return .wait
                case .failure(let error):
                    return reject(error, method: nil)
                case .complete(let head, let consumed):
                    input.removeFirst(consumed)
                    scanned = 0
                    if let step = startBody(of: head, now: now) { return step }
                }
            case .body(let head, let remaining, var received):
                let take = min(remaining, input.count)
                received.append(contentsOf: input[0..<take])
                input.removeFirst(take)
                if take == remaining {
                    setPhase(.head)
                    return dispatch(head, body: received)
                }
                setPhase(.body(head, remaining: remaining - take, received: received))
                bodyBytes += take
                armBodyDeadline()
                return .wait
            case .chunked(let head, var decoder):
                switch decoder.feed(input, from: 0) {
                case .needMore:
                    bodyBytes += input.count
                    input.removeAll(keepingCapacity: true)
                    setPhase(.chunked(head, decoder))
                    armBodyDeadline()
                    return .wait
                case .failure(let error):
                    return reject(error, method: head.method)
                case .complete(let consumed):
                    input.removeFirst(consumed)
                    setPhase(.head)
                    return dispatch(head, body: decoder.body)
                }
            }
        }
        return .wait
    }

    /// A head is complete: dispatch it, refuse it, or start reading its body (nil).
    private mutating func startBody(of head: RequestHead, now: UInt64) -> Step? {
        bodyStart = now
        bodyBytes = 0
        switch head.framing {
        case .none:
            return dispatch(head, body: [])
        case .length(let length):
            // RFC 9110 §15.5.14: refuse an announced body over the limit without reading it.
            let limit = settings.limits.maxBodyBytes
            if length > limit {
                return reject(HTTPParseError(.contentTooLarge, "The request body is larger than \(limit) bytes."), method: head.method)
            }
            sendContinueIfExpected(head, now: now)
            setPhase(.body(head, remaining: length, received: []))
        case .chunked:
            sendContinueIfExpected(head, now: now)
            setPhase(.chunked(head, ChunkedDecoder(maxBodyBytes: settings.limits.maxBodyBytes)))
        }
        armBodyDeadline()
        return nil
    }

    /// Only when the body has not started arriving: a client that sent it anyway needs no go.
    private mutating func sendContinueIfExpected(_ head: RequestHead, now: UInt64) {
        guard head.expectsContinue, input.isEmpty else { return }
        output.append(Self.continueResponse, now: now)
    }

    private mutating func dispatch(_ head: RequestHead, body: [UInt8]) -> Step {
        dispatched()
        return .dispatch(head, body: body)
    }

    private mutating func reject(_ error: HTTPParseError, method: HTTPMethod?) -> Step {
        rejected()
        return .reject(error, method: method)
    }

    mutating func armBodyDeadline() {
        deadline.armTransfer(since: bodyStart, bytes: bodyBytes, stall: settings.ioStallTimeout,
                             minimumRate: settings.minTransferRate)
    }
}
