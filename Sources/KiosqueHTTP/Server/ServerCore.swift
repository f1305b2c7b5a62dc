import Dispatch
import Logging
import Synchronization

/// What every connection of a server shares: configuration, responder, counters.
/// Immutable but for atomics, so it is safely `Sendable`.
final class ServerCore: Sendable {
    let configuration: HTTPServerConfiguration
    let responder: any HTTPResponder
    let logger: Logger
    let observer: (@Sendable (HTTPExchangeRecord) -> Void)?
    /// The access log, when enabled and the logger's level lets `info` through.
    let accessLog: AccessLog?
    let maxConnections: Int
    let tls: TLSContextHolder?
    /// Where every deadline reads the time.
    let clock: any ServerClock
    let openConnections = Atomic<Int>(0)
    let draining = Atomic<Bool>(false)
    /// Where request handlers run (never on the I/O queues).
    let handlers: HandlerPool
    /// Bytes of the canned 503 sent to clients past `maxConnections`.
    let overloadedResponse: [UInt8]

    init(configuration: HTTPServerConfiguration, responder: any HTTPResponder, logger: Logger,
         observer: (@Sendable (HTTPExchangeRecord) -> Void)?, maxConnections: Int, tls: TLSContextHolder?) {
        self.configuration = configuration
        self.responder = responder
        self.logger = logger
        self.observer = observer
        accessLog = configuration.accessLog && logger.logLevel <= .info ? AccessLog(label: logger.label) : nil
        self.maxConnections = maxConnections
        self.tls = tls
        clock = configuration.clock
        handlers = HandlerPool(width: configuration.handlerConcurrency ?? HandlerPool.defaultWidth)
        let problem = ProblemDetails(status: .serviceUnavailable, detail: "Too many open connections; retry shortly.").json
        overloadedResponse = Array(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\n"
            + "Content-Length: \(problem.count)\r\nRetry-After: 1\r\nConnection: close\r\n\r\n").utf8) + problem
    }
}

/// One serial I/O queue and the connections pinned to it. Everything here is touched only on
/// `queue` (the invariant behind `@unchecked Sendable`), so connections need no locks.
final class IOWorker: @unchecked Sendable {
    let queue: DispatchQueue
    let dateCache = HTTPDateCache()
    /// Scratch space for reads; connections on this queue take turns with it, so an idle
    /// connection holds no read buffer of its own.
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    private var connections: [ObjectIdentifier: Connection] = [:]
    private var sweepTimer: DispatchSourceTimer?

    private let clock: any ServerClock

    init(index: Int, clock: any ServerClock) {
        self.clock = clock
        queue = DispatchQueue(label: "kiosque.io.\(index)")
    }

    deinit {
        readBuffer.deallocate()
    }

    /// Starts the timer that enforces every connection's deadline.
    func startSweeping(every interval: Duration) {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let nanoseconds = UInt64(interval.components.seconds) * 1_000_000_000 + UInt64(interval.components.attoseconds / 1_000_000_000)
        timer.schedule(deadline: .now() + .nanoseconds(Int(nanoseconds)), repeating: .nanoseconds(Int(nanoseconds)), leeway: .milliseconds(5))
        timer.setEventHandler { [unowned self] in self.sweep() }
        timer.resume()
        sweepTimer = timer
    }

    func stopSweeping() {
        sweepTimer?.cancel()
        sweepTimer = nil
    }

    func add(_ connection: Connection) {
        connections[ObjectIdentifier(connection)] = connection
    }

    var connectionCount: Int { connections.count }

    func remove(_ connection: Connection) {
        connections[ObjectIdentifier(connection)] = nil
    }

    /// Graceful stop: idle connections close now, busy ones after their current response.
    func drain() {
        for connection in Array(connections.values) { connection.drain() }
    }

    /// Closes every connection at once (the grace period is over).
    func closeAll() {
        for connection in Array(connections.values) { connection.close() }
    }

    /// Ends every wait whose deadline has passed on the clock.
    func sweep() {
        let now = clock.now()
        for connection in Array(connections.values) where connection.deadline <= now {
            connection.deadlinePassed(now: now)
        }
    }
}
