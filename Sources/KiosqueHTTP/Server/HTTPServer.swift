import Dispatch
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTTP/1.1 server: listens, accepts, spreads connections over a fixed set of serial
/// I/O queues, and stops gracefully.
///
/// ```swift
/// let server = HTTPServer(configuration: configuration, responder: router, logger: logger)
/// let addresses = try server.start()
/// ...
/// await server.shutdown(gracePeriod: .seconds(10))
/// ```
public final class HTTPServer: Sendable {
    private let core: ServerCore
    let workers: [IOWorker]
    private let acceptQueue = DispatchQueue(label: "kiosque.accept")
    private let listeners = Mutex<[Listener]>([])
    private let nextWorker = Atomic<Int>(0)
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
        let queues = configuration.ioQueueCount ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        workers = (0..<queues).map { IOWorker(index: $0, clock: configuration.clock) }
    }

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
        var bound: [Listener] = []
        var port: Int? = configuration.port == 0 ? nil : configuration.port
        do {
            for (family, address) in resolved {
                let (descriptor, local) = try Socket.listen(family: family, address: address, port: port)
                port = local.port
                bound.append(Listener(descriptor: descriptor, address: local))
            }
        } catch {
            for listener in bound { close(listener.descriptor) }
            throw error
        }
        let sweep = Self.sweepInterval(configuration)
        for worker in workers {
            worker.queue.sync { worker.startSweeping(every: sweep) }
        }
        for listener in bound { startAccepting(listener) }
        listeners.withLock { $0 = bound }
        return bound.map(\.address.description)
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
        for worker in workers {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                worker.queue.async {
                    worker.closeAll()
                    worker.stopSweeping()
                    done.resume()
                }
            }
        }
        // Let the closed sockets' cancel handlers run.
        for _ in 0..<50 where openConnections > 0 { try? await Task.sleep(for: .milliseconds(10)) }
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
        let current = listeners.withLock { list in
            let current = list
            list = []
            return current
        }
        for listener in current {
            listener.source?.cancel()
        }
        for worker in workers { worker.queue.async { worker.drain() } }
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

    // MARK: Accepting

    private func startAccepting(_ listener: Listener) {
        let source = DispatchSource.makeReadSource(fileDescriptor: listener.descriptor, queue: acceptQueue)
        listener.source = source
        source.setEventHandler { [self] in self.acceptConnections(from: listener) }
        source.setCancelHandler { close(listener.descriptor) }
        source.resume()
    }

    private func acceptConnections(from listener: Listener) {
        for _ in 0..<256 {
            let descriptor = accept(listener.descriptor, nil, nil)
            if descriptor < 0 {
                switch errno {
                case EAGAIN, EWOULDBLOCK: return
                case EINTR, ECONNABORTED, EPROTO: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    // Out of descriptors: the pending connection stays in the backlog and the
                    // source would fire again at once. Pause accepting briefly instead of spinning.
                    pauseAccepting(listener)
                    return
                default:
                    core.logger.warning("accept failed: \(Socket.Failure(call: "accept", code: errno))")
                    return
                }
            }
            // accept4 is GNU-only in Glibc's Swift overlay; two fcntl calls do the same.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            var on: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
            let open = core.openConnections.add(1, ordering: .relaxed).newValue
            if open > core.maxConnections || core.draining.load(ordering: .relaxed) {
                core.openConnections.subtract(1, ordering: .relaxed)
                refuseOverloaded(descriptor)
                continue
            }
            let worker = workers[nextWorker.add(1, ordering: .relaxed).newValue % workers.count]
            let connection = Connection(descriptor: descriptor, worker: worker, core: core, tls: core.tls?.context)
            worker.queue.async { connection.start() }
        }
    }

    /// Past `maxConnections`: a best-effort 503 and close; the server stays healthy.
    private func refuseOverloaded(_ descriptor: Int32) {
        if core.tls == nil {
            _ = core.overloadedResponse.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }
        close(descriptor)
    }

    private func pauseAccepting(_ listener: Listener) {
        guard let source = listener.source, !listener.paused else { return }
        listener.paused = true
        core.logger.warning("out of file descriptors (\(core.openConnections.load(ordering: .relaxed)) connections open); pausing accept for 100 ms")
        source.suspend()
        acceptQueue.asyncAfter(deadline: .now() + .milliseconds(100)) {
            listener.paused = false
            listener.source?.resume()
        }
    }

    private static func sweepInterval(_ configuration: HTTPServerConfiguration) -> Duration {
        let shortest = [configuration.headerReadTimeout, configuration.keepAliveTimeout, configuration.ioStallTimeout,
                        configuration.tlsHandshakeTimeout].min() ?? .seconds(1)
        return max(.milliseconds(10), min(.seconds(1), shortest / 4))
    }
}

/// A listening socket and its accept source; touched only on the accept queue (and once at start).
private final class Listener: @unchecked Sendable {
    let descriptor: Int32
    let address: Socket.BoundAddress
    var source: DispatchSourceRead?
    var paused = false

    init(descriptor: Int32, address: Socket.BoundAddress) {
        self.descriptor = descriptor
        self.address = address
    }
}
