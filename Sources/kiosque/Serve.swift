import ArgumentParser
import Dispatch
import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Runs the HTTP server until SIGTERM or SIGINT, then stops gracefully and exits 0.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the corpus over HTTP (the default command).")

    @OptionGroup var options: ServeOptions

    func run() async throws {
        let level = try options.resolvedLogLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "kiosque")
        let configuration = try options.httpConfiguration()
        let started = DispatchTime.now().uptimeNanoseconds
        let corpus: Corpus
        do {
            corpus = try CorpusLoader.load(paths: [try options.resolvedData], strict: try options.resolvedStrict)
        } catch {
            logger.critical("\(error)")
            throw ExitCode(2)
        }
        LoadReportLog.log(corpus, logger: logger)
        let index = SearchIndex(corpus: corpus)
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        logger.info("indexed \(index.count) articles in \(Int(index.buildSeconds * 1000)) ms; ready after \(Int(loadSeconds * 1000)) ms")

        let live = LiveServer()
        let status = ServiceStatus(startedAt: Int(time(nil)), isDraining: { live.server?.isDraining ?? false },
                                   openConnections: { live.server?.openConnections ?? 0 })
        var apiConfiguration = APIConfiguration()
        apiConfiguration.cacheMaxAge = try options.resolvedCacheMaxAge
        apiConfiguration.corsOrigin = try options.resolvedCORSOrigin
        let api = KiosqueAPI(corpus: corpus, index: index, configuration: apiConfiguration, status: status, loadSeconds: loadSeconds)
        let router = api.router(fallback: staticFiles(logger: logger))
        let server: HTTPServer
        do {
            server = try HTTPServer(configuration: configuration, responder: router, logger: logger) { exchange in
                let route = router.pattern(for: HTTPMethod(rawValue: exchange.method), path: exchange.path) ?? "other"
                api.record(exchange, route: route)
            }
        } catch {
            logger.critical("\(error)")
            throw ExitCode(2)
        }
        live.server = server
        let addresses: [String]
        do {
            addresses = try server.start()
        } catch {
            logger.critical("cannot listen on \(configuration.host):\(configuration.port): \(error)")
            throw ExitCode(1)
        }
        for address in addresses {
            logger.info("listening on http://\(address)")
        }
        let grace = try options.resolvedGracePeriod
        let signals = SignalWatcher(signals: [SIGTERM, SIGINT]) { signal in
            logger.info("received signal \(signal): stopping (grace period \(grace))")
            server.beginShutdown()  // at once, on the signal queue; the task below waits for the end
            Task { await server.shutdown(gracePeriod: grace) }
        }
        await server.waitUntilStopped()
        signals.cancel()
        logger.info("stopped")
    }

    /// The reader page and other static files, loaded once.
    private func staticFiles(logger: Logger) -> StaticFiles? {
        let publicDirectory = (try? options.resolvedPublic) ?? "Public"
        do {
            let files = try StaticFiles(root: publicDirectory, cacheControl: "public, max-age=300")
            logger.info("serving \(files.count) static files from \(publicDirectory)")
            return files
        } catch {
            logger.warning("no static files: \(publicDirectory) cannot be read (\(error))")
            return nil
        }
    }
}

/// The server once it exists, for the API's readiness and connection gauges.
final class LiveServer: @unchecked Sendable {
    private let lock = NSLockLike()
    private var stored: HTTPServer?
    var server: HTTPServer? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// A tiny mutex (the executable avoids Foundation).
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

/// The load report at start: what was read, loaded, skipped and why.
enum LoadReportLog {
    static func log(_ corpus: Corpus, logger: Logger) {
        let report = corpus.loadReport
        let byType = corpus.entityCountsByType.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
        logger.info("loaded \(report.articlesLoaded) articles from \(report.filesRead) files in \(Int(report.parseSeconds * 1000)) ms; \(corpus.entities.count) entities (\(byType.joined(separator: ", "))) in \(Int(corpus.extractionSeconds * 1000)) ms")
        for issue in report.skipped { logger.warning("skipped \(issue)") }
        for issue in report.duplicates { logger.warning("\(issue)") }
    }
}

/// Turns POSIX signals into calls on a Dispatch queue (the default action is disabled first).
/// The sources are set once in `init` and only cancelled after: `@unchecked Sendable` is safe.
final class SignalWatcher: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    init(signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        let queue = DispatchQueue(label: "kiosque.signals")
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
