#if canImport(Glibc)
import Glibc
#endif

/// Starts work on a thread of its own rather than on a Dispatch queue. Whoever then waits for
/// it must not depend on a queue having a thread to spare: on Linux, Swift's cooperative pool
/// and `DispatchQueue.global()` share one first-in-first-out queue and a thread per core, so
/// work queued there behind other jobs (every test of a suite, say) would start only after
/// them, while its waiter holds one of those few threads.
package enum OwnThread {
    /// Runs `work` on a new detached thread; false when the system refuses one (nothing runs).
    package static func start(_ work: @escaping @Sendable () -> Void) -> Bool {
        let box = Unmanaged.passRetained(Job(work)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { argument in
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
