import Dispatch
import KiosqueAPI
import KiosqueHTTP
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The running server's state between the threads that touch it: the signal handler, the
/// loading work and every I/O queue (through the exchange observer).
///
/// Stopping is in two steps so that balancers stop sending first: on SIGTERM `/readyz` turns
/// 503 at once, the listener stays open for the drain delay, then the servers drain and close.
final class ServeLifecycle: Sendable {
    private let servers: Mutex<[HTTPServer]> = Mutex([])
    private let recorder: Mutex<ExchangeRecorder?> = Mutex(nil)
    private let stopping = Atomic<Bool>(false)
    private let failed = Atomic<Bool>(false)
    let drainDelay: Duration
    let gracePeriod: Duration
    let logger: Logger

    init(drainDelay: Duration, gracePeriod: Duration, logger: Logger) {
        self.drainDelay = drainDelay
        self.gracePeriod = gracePeriod
        self.logger = logger
    }

    /// True from the first stop signal on: `/readyz` answers 503.
    var isStopping: Bool { stopping.load(ordering: .relaxed) }

    var primary: HTTPServer? { servers.withLock { $0.first } }

    func attach(_ list: [HTTPServer]) { servers.withLock { $0 = list } }

    /// Called once every structure is built, just before the responder switches to it.
    func markLoaded(_ service: PreparedService) { recorder.withLock { $0 = ExchangeRecorder(service) } }

    /// Counts a finished exchange in the metrics under its route (nothing while loading).
    func record(_ exchange: HTTPExchangeRecord) {
        recorder.withLock { $0 }?.record(exchange)
    }

    /// SIGTERM or SIGINT. A second signal, a drain delay of zero, or a stop while still
    /// loading skip the delay.
    func stop(signal: Int32) {
        let repeated = stopping.exchange(true, ordering: .relaxed)
        let isLoaded = recorder.withLock { $0 != nil }
        guard !repeated, isLoaded, drainDelay > .zero else {
            logger.info("received signal \(signal): stopping (grace period \(gracePeriod))")
            return closeAll(exitCode: isLoaded ? nil : 0)
        }
        logger.info("received signal \(signal): /readyz answers 503; stopping in \(drainDelay) (grace period \(gracePeriod))")
        let (seconds, attoseconds) = drainDelay.components
        let delay = DispatchTimeInterval.nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { self.closeAll(exitCode: nil) }
    }

    /// True once a check after ready failed: the server then exits 2 when its servers stop.
    var hasFailed: Bool { failed.load(ordering: .relaxed) }

    /// A snapshot check after ready failed: `/readyz` turns 503 and the servers close without
    /// waiting; `Serve` then exits 2 (what a damaged snapshot gets before ready).
    func fail() {
        failed.store(true, ordering: .relaxed)
        stopping.store(true, ordering: .relaxed)
        let list = servers.withLock { $0 }
        for server in list { server.beginShutdown() }
        Task {
            await withTaskGroup(of: Void.self) { group in
                for server in list { group.addTask { await server.shutdown(gracePeriod: .zero) } }
            }
        }
    }

    /// Stops accepting at once, then waits for the requests in flight. A stop during the
    /// load exits (with `exitCode`) when the servers are closed: nothing would be served anyway.
    private func closeAll(exitCode: Int32?) {
        let list = servers.withLock { $0 }
        for server in list { server.beginShutdown() }
        Task {
            await withTaskGroup(of: Void.self) { group in
                for server in list { group.addTask { await server.shutdown(gracePeriod: self.gracePeriod) } }
            }
            if let exitCode {
                logger.info("stopped before the corpus was loaded")
                exit(exitCode)
            }
        }
    }
}

/// The metrics' view of the loaded API, in one object: the per-request lookup takes one
/// reference instead of copying the whole service.
private final class ExchangeRecorder: Sendable {
    private let api: KiosqueAPI

    init(_ service: PreparedService) {
        api = service.api
    }

    func record(_ exchange: HTTPExchangeRecord) {
        api.record(exchange, route: exchange.route ?? "other")
    }
}
