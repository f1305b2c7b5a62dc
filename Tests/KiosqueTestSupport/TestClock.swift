import KiosqueHTTP
import Synchronization

/// A clock that moves only when a test advances it: timeouts are tested without sleeping.
/// Starts at an arbitrary non-zero instant so that "time zero" is never special.
package final class TestClock: ServerClock {
    private let nanoseconds: Atomic<UInt64>

    package init(start: UInt64 = 1_000_000_000) {
        nanoseconds = Atomic(start)
    }

    package func now() -> UInt64 {
        nanoseconds.load(ordering: .acquiring)
    }

    package func advance(by duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let step = UInt64(seconds) * 1_000_000_000 + UInt64(attoseconds / 1_000_000_000)
        nanoseconds.add(step, ordering: .releasing)
    }
}
