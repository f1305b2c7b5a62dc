import ArgumentParser
import Dispatch
import KiosqueHTTP
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
        let responder = try makeResponder(logger: logger)
        let server: HTTPServer
        do {
            server = try HTTPServer(configuration: configuration, responder: responder, logger: logger)
        } catch {
            logger.critical("\(error)")
            throw ExitCode(2)
        }
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
            Task { await server.shutdown(gracePeriod: grace) }
        }
        await server.waitUntilStopped()
        signals.cancel()
        logger.info("stopped")
    }

    /// The routes of the server.
    private func makeResponder(logger: Logger) throws -> any HTTPResponder {
        let publicDirectory = try options.resolvedPublic
        var router = Router.Builder()
        let health = PreparedBody(bytes: Array(#"{"status":"ok"}"#.utf8), contentType: "application/json", cacheControl: "no-store")
        router.get("/healthz") { _, _ in .prepared(health) }
        do {
            let files = try StaticFiles(root: publicDirectory)
            logger.info("serving \(files.count) static files from \(publicDirectory)")
            router.fallback(files)
        } catch {
            logger.warning("no static files: \(publicDirectory) cannot be read (\(error))")
        }
        return router.build()
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
