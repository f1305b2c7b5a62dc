import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTTP/1.1 server: listens, accepts, spreads connections over a fixed set of epoll
/// event loops (one thread each), and stops gracefully.
///
/// ```swift
/// let server = HTTPServer(configuration: configuration, responder: router, logger: logger)
/// let addresses = try server.start()
/// ...
/// await server.shutdown(gracePeriod: .seconds(10))
/// ```
public final class HTTPServer: Sendable {
    private let core: ServerCore
    private let loopCount: Int
    private let loops = Mutex<[EventLoop]>([])
    private let listeners = Mutex<[Listener]>([])
    private let stopped = Mutex<[CheckedContinuation<Void, Never>]?>([])
    private let shutdownOwner = Atomic<Bool>(false)

    /// A server that is not yet listening; `start()` binds it. Throws if TLS is configured
    /// and its certificate or key cannot be loaded (the error names the file).
    public init(configuration: HTTPServerConfiguration, responder: any HTTPResponder, logger: Logger,
                observer: (@Sendable (HTTPExchangeRecord) -> Void)? = nil) throws(TLSConfigurationError) {
        // SIGPIPE would kill the process when a client goes away mid-write; errors come back as EPIPE instead.
        signal(SIGPIPE, SIG_IGN)
        let fileLimit = Socket.raiseFileLimit()
        let maxConnections = configuration.maxConnections ?? max(16, fileLimit - 64)
        let tls = try configuration.tls.map { configuration throws(TLSConfigurationError) in
            TLSContextHolder(try TLSContext(configuration: configuration))
        }
        core = ServerCore(configuration: configuration, responder: responder, logger: logger, observer: observer,
                          maxConnections: maxConnections, tls: tls)
        loopCount = configuration.ioQueueCount ?? Epoll.usableCores
    }

    /// The event loops, once started.
    var eventLoops: [EventLoop] { loops.withLock { $0 } }

    /// The TLS context in use, when TLS is configured.
    public var tlsContext: TLSContext? { core.tls?.context }

    /// Connections currently open.
    public var openConnections: Int { core.openConnections.load(ordering: .relaxed) }

    /// True once a graceful stop has begun.
    public var isDraining: Bool { core.draining.load(ordering: .relaxed) }

    /// Most connections served at once before new clients get 503.
    public var maxConnections: Int { core.maxConnections }

    /// Binds every address of the configured host and starts accepting. Returns the bound
    /// addresses (with the real port when port 0 was asked).
    @discardableResult
    public func start() throws -> [String] {
        let configuration = core.configuration
        let resolved = try Socket.resolve(host: configuration.host, port: configuration.port)
        var bound: [(Int32, Socket.BoundAddress)] = []
        var port: Int? = configuration.port == 0 ? nil : configuration.port
        var started: [EventLoop] = []
        do {
            for (family, address) in resolved {
                let (descriptor, local) = try Socket.listen(family: family, address: address, port: port)
                port = local.port
                bound.append((descriptor, local))
            }
            started = try (0..<loopCount).map { _ in try EventLoop(clock: configuration.clock) }
        } catch {
            for (descriptor, _) in bound { close(descriptor) }
            throw error
        }
        let listening = bound.map { Listener(descriptor: $0.0, address: $0.1, holders: started.count) }
        let acceptor = ConnectionAcceptor(core: core, loops: started)
        for loop in started {
            loop.acceptor = acceptor
            for listener in listening { loop.listen(on: listener) }
        }
        loops.withLock { $0 = started }
        listeners.withLock { $0 = listening }
        for loop in started { try loop.start() }
        return listening.map(\.address.description)
    }

    /// The port the server listens on (after `start()`).
    public var port: Int? {
        listeners.withLock { $0.first?.address.port }
    }

    /// Replaces the TLS certificate and key; open connections keep the old pair, new
    /// handshakes use the new one. On error the old pair stays.
    public func reloadTLS() throws(TLSConfigurationError) {
        guard let holder = core.tls, let configuration = core.configuration.tls else { return }
        try holder.reload(configuration)
    }

    /// Stops accepting, lets requests in progress finish, closes idle connections, and
    /// returns once every connection is closed or `gracePeriod` has passed (then the rest
    /// are closed).
    public func shutdown(gracePeriod: Duration = .seconds(10)) async {
        beginShutdown()
        guard shutdownOwner.exchange(true, ordering: .relaxed) == false else { return await waitUntilStopped() }
        let clock = core.clock
        let deadline = ConnectionDeadline.instant(after: gracePeriod, from: clock.now())
        while openConnections > 0 && clock.now() < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        for loop in eventLoops {
            _ = await loop.perform { loop in
                loop.closeAll()
                loop.stop()
            }
        }
        core.accessLog?.flush()
        let waiters = stopped.withLock { list in
            let waiters = list ?? []
            list = nil
            return waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Starts a graceful stop at once, from any thread: no more accepting, idle connections
    /// closed, busy ones closed after their current response. `shutdown` waits for the end.
    public func beginShutdown() {
        guard !core.draining.exchange(true, ordering: .relaxed) else { return }
        listeners.withLock { $0 = [] }
        for loop in eventLoops {
            loop.execute {
                loop.stopAccepting()
                loop.drain()
            }
        }
    }

    /// Returns once `shutdown` has completed.
    public func waitUntilStopped() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let alreadyStopped = stopped.withLock { list -> Bool in
                guard list != nil else { return true }
                list?.append(continuation)
                return false
            }
            if alreadyStopped { continuation.resume() }
        }
    }
}
