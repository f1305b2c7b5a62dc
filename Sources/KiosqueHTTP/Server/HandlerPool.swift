#if canImport(Glibc)
import Glibc
#endif

/// Runs request handlers away from the I/O loops, at most `width` at a time, first come first
/// served: an expensive request then costs its own connection time, not the time of every
/// connection that shares its loop (head-of-line blocking).
///
/// The pool owns its threads (started on demand, ended after a while idle) rather than using
/// libdispatch queues: on Linux libdispatch caps a priority's threads at 255 for the whole
/// process, so when other code holds them blocked (clients waiting on this very server, say)
/// a handler queued there would wait for one, and with it every answer the server owes.
final class HandlerPool: @unchecked Sendable {
    /// An idle thread ends after this long without work.
    private static let idleSeconds = 10

    private let width: Int
    /// Guards everything below; `wakeup` is signalled when a job arrives.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let wakeup = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var waiting: [@Sendable () -> Void] = []
    private var next = 0
    private var threads = 0
    private var idle = 0

    init(width: Int) {
        self.width = max(1, width)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        wakeup.initialize(to: pthread_cond_t())
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(wakeup, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    /// Runs only once no thread is left (each holds the pool while it lives).
    deinit {
        pthread_cond_destroy(wakeup)
        pthread_mutex_destroy(mutex)
        wakeup.deinitialize(count: 1)
        mutex.deinitialize(count: 1)
        wakeup.deallocate()
        mutex.deallocate()
    }

    /// Queues `job`; it runs once a thread is free, first come first served.
    func submit(_ job: @escaping @Sendable () -> Void) {
        pthread_mutex_lock(mutex)
        waiting.append(job)
        // Woken threads count as idle until they take a job: start one more only when the
        // jobs waiting outnumber them.
        let startsThread = waiting.count - next > idle && threads < width
        if startsThread { threads += 1 }
        pthread_cond_signal(wakeup)
        pthread_mutex_unlock(mutex)
        if startsThread && !startThread() {
            pthread_mutex_lock(mutex)
            threads -= 1
            let stranded = threads == 0
            pthread_mutex_unlock(mutex)
            // No thread at all: run the queue here rather than leave its clients unanswered.
            if stranded { work(exitingWhenIdle: false) }
        }
    }

    private func startThread() -> Bool {
        let box = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { argument in
            guard let argument else { return nil }
            Unmanaged<HandlerPool>.fromOpaque(argument).takeRetainedValue().work(exitingWhenIdle: true)
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<HandlerPool>.fromOpaque(box).release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    /// Takes jobs in order until none is left: then waits (a pool thread) or returns.
    private func work(exitingWhenIdle: Bool) {
        pthread_mutex_lock(mutex)
        while true {
            if next < waiting.count {
                let job = waiting[next]
                next += 1
                if next == waiting.count {
                    waiting.removeAll(keepingCapacity: true)
                    next = 0
                } else if next > 64 && next * 2 > waiting.count {
                    waiting.removeFirst(next)
                    next = 0
                }
                pthread_mutex_unlock(mutex)
                job()
                pthread_mutex_lock(mutex)
                continue
            }
            guard exitingWhenIdle else { break }
            var until = timespec()
            clock_gettime(CLOCK_MONOTONIC, &until)
            until.tv_sec += Self.idleSeconds
            idle += 1
            let status = pthread_cond_timedwait(wakeup, mutex, &until)
            idle -= 1
            if status == ETIMEDOUT && next == waiting.count {
                threads -= 1
                break
            }
        }
        pthread_mutex_unlock(mutex)
    }
}

extension HandlerPool {
    /// Twice the cores, at least 4: enough that a few expensive requests cannot take every
    /// slot, few enough that the threads stay bounded.
    static var defaultWidth: Int {
        max(4, 2 * Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
