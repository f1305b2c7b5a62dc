#if canImport(Glibc)
import Glibc
#endif

/// A pthread mutex. `Synchronization.Mutex` is futex-based on Linux and ThreadSanitizer does
/// not see the ordering it gives; with this lock the event loop's inbox hand-off is checked
/// by the TSan run of the tests.
final class PThreadLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() {
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
