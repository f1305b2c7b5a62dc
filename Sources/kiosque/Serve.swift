import ArgumentParser
import CLinux
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
        let started = DispatchTime.now().uptimeNanoseconds
        let configuration = try options.httpConfiguration()
        let tls = TLSOptions(configuration: try options.resolvedTLS, port: try options.resolvedTLSPort,
                             redirect: try options.resolvedRedirect)
        let data = try options.resolvedData, strict = try options.resolvedStrict
        do {
            try DataPath.checkReadable(data)  // a missing --data is exit 2 before anything listens
        } catch {
            logger.critical("\(error)")
            throw ExitCode(2)
        }
        var apiConfiguration = APIConfiguration()
        apiConfiguration.cacheMaxAge = try options.resolvedCacheMaxAge
        apiConfiguration.corsOrigin = try options.resolvedCORSOrigin
        let lifecycle = ServeLifecycle(drainDelay: try options.resolvedDrainDelay, gracePeriod: try options.resolvedGracePeriod,
                                       logger: logger)

        // Listen before loading: probes then tell a slow start (/livez 200, /readyz 503) from a dead process.
        let responder = ResponderSwitch(StartupResponder())
        let servers = try startServers(configuration: configuration, tls: tls, responder: responder,
                                       observer: { lifecycle.record($0) }, logger: logger)
        lifecycle.attach(servers)
        let signals = SignalWatcher(signals: [SIGTERM, SIGINT]) { lifecycle.stop(signal: $0) }
        let reload = SignalWatcher(signals: [SIGHUP]) { _ in
            for each in servers where each.tlsContext != nil {
                do {
                    try each.reloadTLS()
                    logger.info("reloaded the TLS certificate and key")
                } catch {
                    logger.error("TLS reload failed, keeping the current certificate: \(error)")
                }
            }
        }

        let status = ServiceStatus(startedAt: Int(time(nil)),
                                   isDraining: { lifecycle.isStopping || (lifecycle.primary?.isDraining ?? false) },
                                   openConnections: { lifecycle.primary?.openConnections ?? 0 })
        let fallback = staticFiles(logger: logger).map(ReaderPageHeaders.init), settings = apiConfiguration
        let service: PreparedService
        do {
            service = try await Self.offCooperativePool {
                try PreparedService(load: { try CorpusSource.load(data, strict: strict, logger: logger) },
                                    configuration: settings, status: status, fallback: fallback, startedAt: started)
            }
        } catch {
            logger.critical("\(error)")
            for each in servers { await each.shutdown(gracePeriod: .zero) }
            throw ExitCode(2)
        }
        // The load's scratch memory, freed in the arenas of the threads that parsed and
        // indexed, goes back to the system before ready (tens of megabytes of RSS otherwise,
        // which the ready line would report and a watcher of ready would see).
        _ = malloc_trim(0)
        LoadReportLog.log(service.corpus, logger: logger)
        lifecycle.markLoaded(service)
        responder.replace(with: service.router)
        StartupLog.ready(service, startedAt: started, logger: logger)
        if let pending = service.deferredVerification { Self.verifyInBackground(pending, lifecycle: lifecycle, logger: logger) }

        for each in servers { await each.waitUntilStopped() }
        signals.cancel()
        reload.cancel()
        guard !lifecycle.hasFailed else {
            logger.critical("stopped: the snapshot is damaged")
            throw ExitCode(2)
        }
        logger.info("stopped")
    }

    /// Checks the snapshot sections left unchecked at start; a damaged one stops the server (exit 2).
    private static func verifyInBackground(_ pending: DeferredVerification, lifecycle: ServeLifecycle, logger: Logger) {
        DispatchQueue.global(qos: .utility).async {
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                try pending.run()
                let milliseconds = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
                logger.info("verified the snapshot's \(pending.sections.joined(separator: ", ")) sections after ready in \(milliseconds) ms")
            } catch {
                logger.critical("\(error); stopping")
                lifecycle.fail()
            }
        }
    }

    /// Runs the load on a thread of its own, so that it never holds one of the few threads of
    /// Swift's cooperative pool (the signal handling needs them), nor waits behind their jobs.
    private static func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await OwnThread.run(work)
    }

    /// Makes and starts the servers; exit 2 for a bad TLS file, 1 when the port cannot be bound.
    private func startServers(configuration: HTTPServerConfiguration, tls: TLSOptions, responder: any HTTPResponder,
                              observer: @escaping @Sendable (HTTPExchangeRecord) -> Void, logger: Logger) throws -> [HTTPServer] {
        let servers: [HTTPServer]
        do {
            servers = try makeServers(configuration: configuration, tls: tls, responder: responder, observer: observer, logger: logger)
        } catch {
            logger.critical("\(error)")
            throw ExitCode(2)
        }
        for each in servers {
            let addresses: [String]
            do {
                addresses = try each.start()
            } catch {
                logger.critical("cannot listen on \(configuration.host): \(error)")
                throw ExitCode(1)
            }
            let scheme = each.tlsContext == nil ? "http" : "https"
            for address in addresses { logger.info("listening on \(scheme)://\(address)") }
            if let context = each.tlsContext, context.certificateHasExpired {
                logger.warning("\(context.configuration.certificatePath): the certificate has expired; clients will refuse it")
            }
        }
        return servers
    }

    /// One server, or two with `--tls-port` (HTTP, optionally redirecting, beside HTTPS).
    /// TLS as the options ask for it.
    struct TLSOptions {
        let configuration: TLSConfiguration?
        let port: Int?
        let redirect: Bool
    }

    private func makeServers(configuration: HTTPServerConfiguration, tls: TLSOptions, responder router: any HTTPResponder,
                             observer: @escaping @Sendable (HTTPExchangeRecord) -> Void,
                             logger: Logger) throws(TLSConfigurationError) -> [HTTPServer] {
        guard let certificate = tls.configuration else {
            return [try HTTPServer(configuration: configuration, responder: router, logger: logger, observer: observer)]
        }
        var secure = configuration
        secure.tls = certificate
        secure.tlsHandshakeTimeout = certificate.handshakeTimeout
        guard let tlsPort = tls.port else {
            return [try HTTPServer(configuration: secure, responder: router, logger: logger, observer: observer)]
        }
        secure.port = tlsPort
        let https = try HTTPServer(configuration: secure, responder: router, logger: logger, observer: observer)
        let plainResponder: any HTTPResponder = tls.redirect
            ? HTTPSRedirect(server: https, fallbackHost: configuration.host) : router
        let http = try HTTPServer(configuration: configuration, responder: plainResponder, logger: logger, observer: observer)
        return [https, http]
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

/// Answers plain HTTP with a 308 to the same URL on the HTTPS port.
struct HTTPSRedirect: HTTPResponder {
    /// The HTTPS server (its port is known once it listens, which it does before this one).
    let server: HTTPServer
    let fallbackHost: String

    func respond(to request: HTTPRequest) -> HTTPResponse {
        var authority = request.headers["Host"] ?? fallbackHost
        var target = request.target
        // Absolute form (RFC 9112 §3.2.2): its authority wins over Host, its path is kept.
        if target.lowercased().hasPrefix("http"), let colon = target.firstIndex(of: ":"),
           target[colon...].hasPrefix("://") {
            let rest = target[target.index(colon, offsetBy: 3)...]
            let pathStart = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            authority = String(rest[..<pathStart])
            target = String(rest[pathStart...])
        }
        if !target.hasPrefix("/") { target = "/" + target }
        guard let host = Self.host(of: authority) else {
            return .problem(.badRequest, detail: "The Host is missing or not a valid host name; cannot redirect to HTTPS.")
        }
        let port = server.port ?? 443
        let location = "https://\(host)\(port == 443 ? "" : ":\(port)")\(target)"
        return HTTPResponse(status: .permanentRedirect, headers: ["Location": location, "Content-Type": "text/plain; charset=utf-8"],
                            body: .bytes(Array("Moved to \(location)\n".utf8)))
    }
}

extension HTTPSRedirect {
    /// The host of `authority` (`name[:port]`, `[v6][:port]`), or nil when it is empty or
    /// has characters no host name or address has: it goes into `Location` as is.
    static func host(of authority: String) -> String? {
        var host = authority[...]
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return nil }
            let inside = host[host.index(after: host.startIndex)..<close]
            guard !inside.isEmpty, inside.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
            let rest = host[host.index(after: close)...]
            guard rest.isEmpty || (rest.first == ":" && rest.dropFirst().allSatisfy(\.isASCII) && rest.dropFirst().allSatisfy(\.isNumber)) else { return nil }
            return String(host[...close])
        }
        if let colon = host.lastIndex(of: ":") {
            guard host[host.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            host = host[..<colon]
        }
        guard !host.isEmpty, host.count <= 253,
              host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) else { return nil }
        return String(host)
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
        for issue in report.notes { logger.warning("\(issue)") }
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
