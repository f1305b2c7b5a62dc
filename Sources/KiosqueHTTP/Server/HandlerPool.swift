import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs request handlers away from the I/O queues, at most `width` at a time, first come
/// first served: an expensive request then costs its own connection time, not the time of
/// every connection that shares its I/O queue (head-of-line blocking).
final class HandlerPool: @unchecked Sendable {
    private struct State {
        var running = 0
        var waiting: [@Sendable () -> Void] = []
        var next = 0
    }

    private let width: Int
    private let queue = DispatchQueue(label: "kiosque.handlers", attributes: .concurrent)
    /// Touched only on `stateQueue` (the invariant behind `@unchecked Sendable`); a serial
    /// queue rather than a `Mutex` so that ThreadSanitizer sees the ordering.
    private var state = State()
    private let stateQueue = DispatchQueue(label: "kiosque.handlers.state")

    init(width: Int) {
        self.width = max(1, width)
    }

    /// Queues `job`; it runs once fewer than `width` jobs are running.
    func submit(_ job: @escaping @Sendable () -> Void) {
        let runNow = stateQueue.sync { [self] () -> Bool in
            if state.running < width {
                state.running += 1
                return true
            }
            state.waiting.append(job)
            return false
        }
        if runNow { run(job) }
    }

    private func run(_ job: @escaping @Sendable () -> Void) {
        queue.async { [self] in
            job()
            let next = stateQueue.sync { [self] () -> (@Sendable () -> Void)? in
                guard state.next < state.waiting.count else {
                    state.waiting.removeAll(keepingCapacity: true)
                    state.next = 0
                    state.running -= 1
                    return nil
                }
                let job = state.waiting[state.next]
                state.next += 1
                if state.next > 64 && state.next * 2 > state.waiting.count {
                    state.waiting.removeFirst(state.next)
                    state.next = 0
                }
                return job
            }
            if let next { run(next) }
        }
    }
}

extension HandlerPool {
    /// Twice the cores, at least 4: enough that a few expensive requests cannot take every
    /// slot, few enough that the threads stay bounded.
    static var defaultWidth: Int {
        max(4, 2 * Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
