import CLinux
#if canImport(Glibc)
import Glibc
#endif

/// One I/O thread: an edge-triggered epoll set, the connections it owns, their deadlines,
/// and an inbox other threads post jobs to (a handler's answer, a graceful stop). Everything
/// but the inbox (behind its lock) is touched only on the loop's thread, which is what makes
/// `@unchecked Sendable` sound and lets connections go without locks.
final class EventLoop: @unchecked Sendable {
    private static let wakeToken = UInt64.max
    private static let listenerFlag: UInt64 = 1 << 32
    private static let eventCapacity: Int32 = 256

    let dateCache = HTTPDateCache()
    /// Scratch space for reads; the loop's connections take turns with it, so an idle
    /// connection holds no read buffer of its own.
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    let clock: any ServerClock
    private let epoll: Int32
    private let wake: Int32
    /// Jobs posted from other threads; guarded by `inboxLock`.
    private var inbox = Inbox()
    private let inboxLock = PThreadLock()
    private var connections: [Int32: Connection] = [:]
    private var timers = DeadlineHeap()
    private var nextSerial: UInt64 = 0
    private var listeners: [Int32: Listener] = [:]
    private var pausedListeners: [(listener: Listener, until: UInt64)] = []
    /// Connections that used up their turn with bytes still unread: no new edge will come
    /// for those, so the loop reads them again after the next poll (which then does not wait).
    private var unfinishedReads: [Connection] = []
    private var stopRequested = false
    /// Set before the thread starts, dropped when it ends (it refers back to every loop).
    var acceptor: ConnectionAcceptor?

    private struct Inbox {
        var jobs: [@Sendable () -> Void] = []
        var stopped = false
    }

    init(clock: any ServerClock) throws {
        self.clock = clock
        epoll = try Epoll.create()
        do {
            wake = try Epoll.makeWakeDescriptor()
        } catch {
            Glibc.close(epoll)
            throw error
        }
        Epoll.add(wake, to: epoll, events: EPOLLIN.rawValue, token: Self.wakeToken)
    }

    deinit {
        readBuffer.deallocate()
    }

    var connectionCount: Int { connections.count }

    // MARK: Threads

    /// Starts the loop's thread. Throws when the system refuses a thread.
    func start() throws {
        let box = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { argument in
            guard let argument else { return nil }
            Unmanaged<EventLoop>.fromOpaque(argument).takeRetainedValue().run()
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<EventLoop>.fromOpaque(box).release()
            throw Socket.Failure(call: "pthread_create", code: status)
        }
        pthread_detach(thread)
    }

    /// Runs `job` on the loop's thread. False (and `job` dropped) once the loop has stopped.
    @discardableResult
    func execute(_ job: @escaping @Sendable () -> Void) -> Bool {
        inboxLock.withLock {
            guard !inbox.stopped else { return false }
            inbox.jobs.append(job)
            // One wake-up per batch; signalled under the lock so it never meets a closed eventfd.
            if inbox.jobs.count == 1 { Epoll.signal(wake) }
            return true
        }
    }

    /// Runs `body` on the loop's thread and returns its result; nil once the loop has stopped.
    func perform<Result: Sendable>(_ body: @escaping @Sendable (EventLoop) -> Result) async -> Result? {
        await withCheckedContinuation { (done: CheckedContinuation<Result?, Never>) in
            let queued = execute { [self] in done.resume(returning: body(self)) }
            if !queued { done.resume(returning: nil) }
        }
    }

    /// Ends the loop after the jobs queued so far.
    func stop() {
        execute { [self] in stopRequested = true }
    }

    private func run() {
        let events = UnsafeMutablePointer<epoll_event>.allocate(capacity: Int(Self.eventCapacity))
        defer { events.deallocate() }
        while !stopRequested {
            let count = epoll_wait(epoll, events, Self.eventCapacity, pollTimeout())
            if count < 0 && errno != EINTR { break }
            for index in 0..<max(0, Int(count)) {
                let event = events[index]
                let token = event.data.u64
                if token == Self.wakeToken {
                    Epoll.drain(wake)
                } else if token & Self.listenerFlag != 0 {
                    if let listener = listeners[Int32(truncatingIfNeeded: token)] { accept(from: listener) }
                } else if let connection = connections[Int32(truncatingIfNeeded: token)] {
                    connection.handle(events: event.events)
                    schedule(connection)
                }
            }
            runJobs()
            fireDueTimers()
            resumePausedListeners()
            resumeUnfinishedReads()
        }
        finish()
    }

    private func runJobs() {
        let jobs = inboxLock.withLock {
            let jobs = inbox.jobs
            inbox.jobs.removeAll(keepingCapacity: true)
            return jobs
        }
        for job in jobs { job() }
    }

    private func finish() {
        for listener in listeners.values { stopListening(listener) }
        listeners.removeAll()
        let jobs = inboxLock.withLock {
            inbox.stopped = true
            Glibc.close(wake)
            return inbox.jobs
        }
        // Jobs that came before the stop still run, so that nobody waits on them forever.
        for job in jobs { job() }
        unfinishedReads.removeAll()
        for connection in Array(connections.values) { connection.close() }
        Glibc.close(epoll)
        acceptor = nil
    }

    // MARK: Connections

    /// Takes `connection` into this loop: its socket joins the epoll set, its first deadline starts.
    func register(_ connection: Connection) {
        nextSerial += 1
        connection.serial = nextSerial
        connections[connection.descriptor] = connection
        guard Epoll.add(connection.descriptor, to: epoll, events: Epoll.connectionEvents,
                        token: UInt64(UInt32(bitPattern: connection.descriptor))) else {
            return connection.close()
        }
        connection.start()
        schedule(connection)
    }

    /// `connection` has bytes left after its turn: it reads again on the next round.
    func readLater(_ connection: Connection) {
        unfinishedReads.append(connection)
    }

    private func resumeUnfinishedReads() {
        guard !unfinishedReads.isEmpty else { return }
        let waiting = unfinishedReads
        unfinishedReads.removeAll(keepingCapacity: true)
        for connection in waiting where !connection.closed {
            connection.syncReading()
            schedule(connection)
        }
    }

    /// Called by a connection as it closes (its descriptor leaves the epoll set when closed).
    func remove(_ connection: Connection) {
        if connections[connection.descriptor] === connection { connections[connection.descriptor] = nil }
    }

    /// Graceful stop: idle connections close now, busy ones after their current response.
    func drain() {
        for connection in Array(connections.values) {
            connection.drain()
            schedule(connection)
        }
    }

    /// Closes every connection at once (the grace period is over).
    func closeAll() {
        for connection in Array(connections.values) { connection.close() }
    }

    // MARK: Deadlines

    /// Records the connection's deadline when it is earlier than the one it has in the heap.
    func schedule(_ connection: Connection) {
        guard !connection.closed else { return }
        let instant = connection.deadline
        guard instant < connection.scheduledAt else { return }
        connection.scheduledAt = instant
        timers.push(.init(instant: instant, descriptor: connection.descriptor, serial: connection.serial))
    }

    /// Ends every wait whose deadline has passed on the clock.
    func fireDueTimers() {
        let now = clock.now()
        var fired: [Connection] = []
        while let entry = timers.popDue(at: now) {
            guard let connection = connections[entry.descriptor], connection.serial == entry.serial,
                  connection.scheduledAt == entry.instant else { continue }
            connection.scheduledAt = .max
            if connection.deadline <= now { connection.deadlinePassed(now: now) }
            fired.append(connection)
        }
        for connection in fired { schedule(connection) }
        if timers.count > 2 * connections.count + 1024 {
            timers.compact { entry in
                guard let connection = connections[entry.descriptor] else { return false }
                return connection.serial == entry.serial && connection.scheduledAt == entry.instant
            }
        }
    }

    /// Milliseconds `epoll_wait` may sleep: until the earliest deadline or paused listener.
    private func pollTimeout() -> Int32 {
        if !unfinishedReads.isEmpty || inboxLock.withLock({ !inbox.jobs.isEmpty }) { return 0 }
        var timeout = Self.milliseconds(until: timers.earliest, now: clock.now())
        if let resume = pausedListeners.map(\.until).min() {
            let wait = Self.milliseconds(until: resume, now: MonotonicClock().now())
            timeout = timeout < 0 ? wait : min(timeout, wait)
        }
        return timeout
    }

    /// -1 (no limit) when there is no instant; rounded up, so a deadline is never polled a
    /// little before it has passed; at most a minute.
    private static func milliseconds(until instant: UInt64?, now: UInt64) -> Int32 {
        guard let instant, instant != .max else { return -1 }
        guard instant > now else { return 0 }
        return Int32(min((instant - now + 999_999) / 1_000_000, 60_000))
    }

    // MARK: Listening

    func listen(on listener: Listener) {
        listeners[listener.descriptor] = listener
        Epoll.add(listener.descriptor, to: epoll, events: Epoll.listenerEvents,
                  token: Self.listenerFlag | UInt64(UInt32(bitPattern: listener.descriptor)))
    }

    /// No more accepting here; the last loop to let go closes the listening socket.
    func stopAccepting() {
        for listener in listeners.values { stopListening(listener) }
        listeners.removeAll()
        pausedListeners.removeAll()
    }

    private func stopListening(_ listener: Listener) {
        Epoll.remove(listener.descriptor, from: epoll)
        listener.release()
    }

    private func accept(from listener: Listener) {
        guard let acceptor else { return }
        switch acceptor.acceptPending(from: listener, on: self) {
        case .drained: break
        case .outOfDescriptors:
            // The pending connection stays in the backlog and the level-triggered listener
            // would fire again at once: leave the set for 100 ms instead of spinning.
            Epoll.remove(listener.descriptor, from: epoll)
            pausedListeners.append((listener, MonotonicClock().now() + 100_000_000))
        }
    }

    private func resumePausedListeners() {
        guard !pausedListeners.isEmpty else { return }
        let now = MonotonicClock().now()
        pausedListeners.removeAll { paused in
            guard paused.until <= now else { return false }
            if listeners[paused.listener.descriptor] != nil {
                Epoll.add(paused.listener.descriptor, to: epoll, events: Epoll.listenerEvents,
                          token: Self.listenerFlag | UInt64(UInt32(bitPattern: paused.listener.descriptor)))
            }
            return true
        }
    }
}
