/// Output: queued response bytes, the slow-reader deadline, and what follows a drained queue.
extension ConnectionStateMachine {
    /// Queues bytes to send after everything already queued.
    mutating func enqueue(_ bytes: SharedBytes, now: UInt64) {
        output.append(bytes, now: now)
    }

    /// The transport took `count` bytes. The response must keep moving at the minimum rate.
    mutating func wrote(_ count: Int, now: UInt64) {
        output.consume(count)
        deadline.armTransfer(since: output.transferStart, bytes: output.transferred, stall: settings.ioStallTimeout,
                             minimumRate: settings.minTransferRate)
    }

    /// Every queued byte is written.
    mutating func outputDrained(now: UInt64) -> AfterOutput {
        switch phase {
        case .closing:
            return peerDone ? .close : .linger
        case .lingering, .closed:
            return .none
        case .head:
            readingPaused = false
            if awaitingHandler {
                deadline.cancel()
                return .none
            }
            if draining && input.isEmpty { return .close }
            if input.isEmpty {
                deadline.arm(settings.keepAliveTimeout, from: now, answersRequestTimeout: false)
                return .none
            }
            deadline.arm(settings.headerReadTimeout, from: now, answersRequestTimeout: true)
            return .readInput
        case .body, .chunked:
            armBodyDeadline()
            readingPaused = false
            return .none
        case .handshake:
            readingPaused = false
            return .none
        }
    }
}
