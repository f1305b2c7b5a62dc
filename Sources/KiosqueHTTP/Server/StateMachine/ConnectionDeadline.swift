/// When a connection's current wait ends, and what the end means. A plain value: the state
/// machine sets it from the times it is given, the driver's sweep compares it with its clock.
struct ConnectionDeadline: Equatable {
    /// Monotonic nanoseconds; `.max` means no deadline.
    private(set) var instant: UInt64 = .max
    /// The wait is for a request head that has started: its end is answered 408, not silence.
    private(set) var answersRequestTimeout = false

    /// Arms `duration` from `now`.
    mutating func arm(_ duration: Duration, from now: UInt64, answersRequestTimeout: Bool) {
        instant = Self.instant(after: duration, from: now)
        self.answersRequestTimeout = answersRequestTimeout
    }

    /// A transfer that started at `start` and moved `bytes` must end by `start + stall +
    /// bytes / minimumRate`: progress earns time only at the minimum rate, so trickling
    /// bytes cannot stretch it.
    mutating func armTransfer(since start: UInt64, bytes: Int, stall: Duration, minimumRate: Int) {
        let earned = Duration.seconds(min(Double(bytes) / Double(max(1, minimumRate)), 1e9))
        arm(stall + earned, from: start, answersRequestTimeout: false)
    }

    /// No deadline (the handler is working, or the connection is closed).
    mutating func cancel() {
        instant = .max
        answersRequestTimeout = false
    }

    func hasPassed(at now: UInt64) -> Bool {
        instant <= now
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
}
