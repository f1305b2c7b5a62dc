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
        var freeLanes: [Int]
        var waiting: [@Sendable () -> Void] = []
        var next = 0
    }

    /// One serial queue per slot. Serial queues get threads of their own (libdispatch's
    /// "overcommit" pool), whereas a custom concurrent queue runs at most one job per core:
    /// a few slow handlers would then hold every slot of every server in the process.
    private let lanes: [DispatchQueue]
    /// Touched only on `stateQueue` (the invariant behind `@unchecked Sendable`); a serial
    /// queue rather than a `Mutex` so that ThreadSanitizer sees the ordering.
    private var state: State
    private let stateQueue = DispatchQueue(label: "kiosque.handlers.state")

    init(width: Int) {
        let width = max(1, width)
        lanes = (0..<width).map { DispatchQueue(label: "kiosque.handlers.\($0)") }
        state = State(freeLanes: Array((0..<width).reversed()))
    }

    /// Queues `job`; it runs once a slot is free, first come first served.
    func submit(_ job: @escaping @Sendable () -> Void) {
        let lane = stateQueue.sync { [self] () -> Int? in
            if let lane = state.freeLanes.popLast() { return lane }
            state.waiting.append(job)
            return nil
        }
        if let lane { run(job, on: lane) }
    }

    private func run(_ job: @escaping @Sendable () -> Void, on lane: Int) {
        lanes[lane].async { [self] in
            job()
            let next = stateQueue.sync { [self] () -> (@Sendable () -> Void)? in
                guard state.next < state.waiting.count else {
                    state.waiting.removeAll(keepingCapacity: true)
                    state.next = 0
                    state.freeLanes.append(lane)
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
            if let next { run(next, on: lane) }
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
