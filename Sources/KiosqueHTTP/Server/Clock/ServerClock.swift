import Dispatch

/// Where the engine reads the time. Every deadline (header, keep-alive, transfer rate, TLS
/// handshake, linger, shutdown grace) is computed from it, so tests drive timeouts by
/// advancing a clock by hand instead of sleeping.
package protocol ServerClock: Sendable {
    /// Monotonic time in nanoseconds; never goes back.
    func now() -> UInt64
}

/// The real clock: the monotonic uptime `DispatchTime` reads.
package struct MonotonicClock: ServerClock {
    package init() {}

    package func now() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }
}
