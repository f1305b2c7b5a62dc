/// A value behind a `PThreadLock`: `Synchronization.Mutex` with a lock ThreadSanitizer sees.
/// For state shared by the event loops and other threads (the access log's batch, a prepared
/// body's header lines), so that the TSan run of the tests checks it instead of reporting the
/// futex-based `Mutex`'s accesses as races.
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = PThreadLock()
    private var value: Value  // read and written under `lock` only

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try lock.withLock { try body(&value) }
    }
}
