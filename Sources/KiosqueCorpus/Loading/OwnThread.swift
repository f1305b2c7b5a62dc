#if canImport(Glibc)
import Glibc
#endif

/// Starts work on a thread of its own rather than on a Dispatch queue. Whoever then waits for
/// it must not depend on a queue having a thread to spare: on Linux, Swift's cooperative pool
/// and `DispatchQueue.global()` share one first-in-first-out queue and a thread per core, so
/// work queued there behind other jobs (every test of a suite, say) would start only after
/// them, while its waiter holds one of those few threads.
package enum OwnThread {
    /// Stack of each thread: 8 MiB, whatever `ulimit -s` says (an unlimited one gives glibc's
    /// threads only 2 MiB), as the work is a start-up phase or a whole test's scan.
    private static let stackBytes = 8 << 20

    /// Runs `work` on a new detached thread; false when the system refuses one (nothing runs).
    package static func start(_ work: @escaping @Sendable () -> Void) -> Bool {
        let box = Unmanaged.passRetained(Job(work)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackBytes)
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { argument in
            guard let argument else { return nil }
            Unmanaged<Job>.fromOpaque(argument).takeRetainedValue().work()
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(box).release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    /// Runs `work` on a thread of its own and resumes the caller with its result; on the
    /// calling thread when the system refuses a thread.
    package static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let started = start { continuation.resume(with: Result { try work() }) }
            if !started { continuation.resume(with: Result { try work() }) }
        }
    }

    private final class Job {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }
}
