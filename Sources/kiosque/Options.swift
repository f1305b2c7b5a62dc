import ArgumentParser
import KiosqueHTTP
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Every `serve` setting: flag > environment variable > default. Each option's help names its
/// environment variable, so `--help` is the configuration reference.
struct ServeOptions: ParsableArguments {
    @Option(help: "Address to listen on: 127.0.0.1, ::1, 0.0.0.0, ::, localhost. (env: KIOSQUE_HOST, default: 127.0.0.1)")
    var host: String?
    @Option(help: "TCP port; 0 picks a free one. (env: KIOSQUE_PORT, default: 8080)")
    var port: Int?
    @Option(help: "Directory or files of articles (seed format, JSONL). (env: KIOSQUE_DATA, default: seeds)")
    var data: String?
    @Option(name: .customLong("public"), help: "Directory of the reader page and static files. (env: KIOSQUE_PUBLIC, default: Public)")
    var publicDirectory: String?
    @Option(help: "trace, debug, info, notice, warning, error or critical. (env: KIOSQUE_LOG_LEVEL, default: info)")
    var logLevel: String?
    @Flag(inversion: .prefixedNo, help: "One log line per request. (env: KIOSQUE_ACCESS_LOG=0/1, default: on)")
    var accessLog: Bool?
    @Flag(help: "Refuse to start if any article file has an error (exit code 2). (env: KIOSQUE_STRICT=1)")
    var strict = false

    @Option(help: "Seconds a client has to send a request head. (env: KIOSQUE_HEADER_TIMEOUT, default: 10)")
    var headerTimeout: Double?
    @Option(help: "Seconds an idle keep-alive connection stays open. (env: KIOSQUE_KEEP_ALIVE_TIMEOUT, default: 30)")
    var keepAliveTimeout: Double?
    @Option(help: "Seconds a body or a response write may take, plus its size at --min-transfer-rate. (env: KIOSQUE_IO_TIMEOUT, default: 30)")
    var ioTimeout: Double?
    @Option(help: "Slowest average bytes per second for bodies and response reads. (env: KIOSQUE_MIN_TRANSFER_RATE, default: 8192)")
    var minTransferRate: Int?
    @Option(help: "Most open connections; past it clients get 503. (env: KIOSQUE_MAX_CONNECTIONS, default: from the open-file limit)")
    var maxConnections: Int?
    @Option(help: "Longest request line in bytes (414 beyond). (env: KIOSQUE_MAX_REQUEST_LINE, default: 8192)")
    var maxRequestLine: Int?
    @Option(help: "Largest header section in bytes (431 beyond). (env: KIOSQUE_MAX_HEADER_BYTES, default: 32768)")
    var maxHeaderBytes: Int?
    @Option(help: "Most header fields (431 beyond). (env: KIOSQUE_MAX_HEADERS, default: 100)")
    var maxHeaders: Int?
    @Option(help: "Largest request body in bytes (413 beyond). (env: KIOSQUE_MAX_BODY, default: 1048576)")
    var maxBody: Int?
    @Option(help: "Seconds to finish in-flight requests on SIGTERM/SIGINT. (env: KIOSQUE_GRACE_PERIOD, default: 10)")
    var gracePeriod: Double?
    @Option(help: "Seconds between SIGTERM and closing the listener, while /readyz answers 503 so balancers stop sending first. (env: KIOSQUE_DRAIN_DELAY, default: 0)")
    var drainDelay: Double?
    @Option(help: "Serial I/O queues. (env: KIOSQUE_IO_QUEUES, default: one per core)")
    var ioQueues: Int?
    @Option(help: "PEM certificate (chain) file: serve HTTPS. (env: KIOSQUE_TLS_CERT)")
    var tlsCert: String?
    @Option(help: "PEM private key file of the certificate. (env: KIOSQUE_TLS_KEY)")
    var tlsKey: String?
    @Option(help: "Serve HTTPS on this port beside HTTP on --port (else --port itself is HTTPS). (env: KIOSQUE_TLS_PORT)")
    var tlsPort: Int?
    @Flag(help: "With --tls-port: answer plain HTTP with a 308 redirect to HTTPS. (env: KIOSQUE_REDIRECT_HTTP=1)")
    var redirectHTTP = false
    @Option(help: "Seconds a client has to complete the TLS handshake. (env: KIOSQUE_TLS_HANDSHAKE_TIMEOUT, default: 10)")
    var tlsHandshakeTimeout: Double?
    @Option(help: "Cache-Control max-age in seconds of the API's fixed resources. (env: KIOSQUE_CACHE_MAX_AGE, default: 300)")
    var cacheMaxAge: Int?
    @Option(help: "Access-Control-Allow-Origin of API responses. (env: KIOSQUE_CORS_ORIGIN, default: *)")
    var corsOrigin: String?

    /// An environment variable's value, if set and non-empty.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(start: value, count: strlen(value)), as: UTF8.self)
        return text.isEmpty ? nil : text
    }

    /// `flag ?? $env ?? fallback`, with a clear error for an unparsable environment value.
    static func resolve<T: LosslessStringConvertible>(_ flag: T?, _ variable: String, _ fallback: T) throws -> T {
        if let flag { return flag }
        guard let text = environment(variable) else { return fallback }
        guard let value = T(text) else { throw ValidationError("\(variable)='\(text)' is not a valid value.") }
        return value
    }

    static func resolveBool(_ flag: Bool?, _ variable: String, _ fallback: Bool) throws -> Bool {
        if let flag { return flag }
        guard let text = environment(variable) else { return fallback }
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw ValidationError("\(variable)='\(text)' must be 0 or 1.")
        }
    }

    var resolvedHost: String { get throws { try Self.resolve(host, "KIOSQUE_HOST", "127.0.0.1") } }
    var resolvedData: String { get throws { try Self.resolve(data, "KIOSQUE_DATA", "seeds") } }
    var resolvedPublic: String { get throws { try Self.resolve(publicDirectory, "KIOSQUE_PUBLIC", "Public") } }
    /// The TLS settings, when a certificate and key are configured (both or neither).
    var resolvedTLS: TLSConfiguration? {
        get throws {
            let certificate = try Self.resolve(tlsCert, "KIOSQUE_TLS_CERT", "")
            let key = try Self.resolve(tlsKey, "KIOSQUE_TLS_KEY", "")
            if certificate.isEmpty && key.isEmpty { return nil }
            guard !certificate.isEmpty, !key.isEmpty else {
                throw ValidationError("TLS needs both --tls-cert and --tls-key (or KIOSQUE_TLS_CERT and KIOSQUE_TLS_KEY).")
            }
            let timeout = try Self.seconds(Self.resolve(tlsHandshakeTimeout, "KIOSQUE_TLS_HANDSHAKE_TIMEOUT", 10.0), "--tls-handshake-timeout")
            return TLSConfiguration(certificatePath: certificate, privateKeyPath: key, handshakeTimeout: timeout)
        }
    }
    var resolvedTLSPort: Int? {
        get throws {
            guard let text = try Self.resolve(tlsPort.map(String.init), "KIOSQUE_TLS_PORT", "").nonEmpty else { return nil }
            guard let port = Int(text), (0...65535).contains(port) else { throw ValidationError("The TLS port must be between 0 and 65535.") }
            return port
        }
    }
    var resolvedRedirect: Bool { get throws { redirectHTTP ? true : try Self.resolveBool(nil, "KIOSQUE_REDIRECT_HTTP", false) } }

    var resolvedCacheMaxAge: Int { get throws { try Self.bounded(Self.resolve(cacheMaxAge, "KIOSQUE_CACHE_MAX_AGE", 300), "--cache-max-age", 0...Self.oneYear) } }
    var resolvedCORSOrigin: String {
        get throws {
            let origin = try Self.resolve(corsOrigin, "KIOSQUE_CORS_ORIGIN", "*")
            // A header value: CR or LF would let it split the response (RFC 9110 §5.5).
            guard !origin.isEmpty, origin.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
                throw ValidationError("--cors-origin must be a non-empty header value without control characters (CR, LF, ...).")
            }
            return origin
        }
    }
    var resolvedStrict: Bool { get throws { strict ? true : try Self.resolveBool(nil, "KIOSQUE_STRICT", false) } }
    var resolvedGracePeriod: Duration {
        get throws {
            let seconds = try Self.resolve(gracePeriod, "KIOSQUE_GRACE_PERIOD", 10.0)
            guard seconds.isFinite, (0...Self.maxSeconds).contains(seconds) else {
                throw ValidationError("--grace-period must be between 0 and \(Int(Self.maxSeconds)) seconds.")
            }
            return .milliseconds(Int(seconds * 1000))
        }
    }

    var resolvedDrainDelay: Duration {
        get throws {
            let seconds = try Self.resolve(drainDelay, "KIOSQUE_DRAIN_DELAY", 0.0)
            guard seconds >= 0, seconds.isFinite else { throw ValidationError("The drain delay must be zero or more seconds.") }
            return .milliseconds(Int(seconds * 1000))
        }
    }

    var resolvedLogLevel: Logger.Level {
        get throws {
            let text = try Self.resolve(logLevel, "KIOSQUE_LOG_LEVEL", "info")
            guard let level = Logger.Level(rawValue: text.lowercased()) else {
                throw ValidationError("Unknown log level '\(text)'; use trace, debug, info, notice, warning, error or critical.")
            }
            return level
        }
    }

    /// The engine's configuration from these options.
    func httpConfiguration() throws -> HTTPServerConfiguration {
        var configuration = HTTPServerConfiguration()
        configuration.host = try resolvedHost
        configuration.port = try Self.resolve(port, "KIOSQUE_PORT", 8080)
        guard (0...65535).contains(configuration.port) else { throw ValidationError("The port must be between 0 and 65535.") }
        configuration.accessLog = try Self.resolveBool(accessLog, "KIOSQUE_ACCESS_LOG", true)
        configuration.headerReadTimeout = try Self.seconds(Self.resolve(headerTimeout, "KIOSQUE_HEADER_TIMEOUT", 10.0), "--header-timeout")
        configuration.keepAliveTimeout = try Self.seconds(Self.resolve(keepAliveTimeout, "KIOSQUE_KEEP_ALIVE_TIMEOUT", 30.0), "--keep-alive-timeout")
        configuration.ioStallTimeout = try Self.seconds(Self.resolve(ioTimeout, "KIOSQUE_IO_TIMEOUT", 30.0), "--io-timeout")
        configuration.minTransferRate = try Self.bounded(Self.resolve(minTransferRate, "KIOSQUE_MIN_TRANSFER_RATE", 8192),
                                                         "--min-transfer-rate", 1...(1 << 30))
        if let connections = try Self.resolve(maxConnections.map(String.init), "KIOSQUE_MAX_CONNECTIONS", "").nonEmpty {
            guard let value = Int(connections) else { throw ValidationError("--max-connections must be an integer.") }
            configuration.maxConnections = try Self.bounded(value, "--max-connections", 1...1_000_000)
        }
        configuration.limits.maxRequestLineBytes = try Self.bounded(Self.resolve(maxRequestLine, "KIOSQUE_MAX_REQUEST_LINE", 8192), "--max-request-line", 64...(1 << 20))
        configuration.limits.maxHeaderBytes = try Self.bounded(Self.resolve(maxHeaderBytes, "KIOSQUE_MAX_HEADER_BYTES", 32768), "--max-header-bytes", 256...(1 << 20))
        configuration.limits.maxHeaderCount = try Self.bounded(Self.resolve(maxHeaders, "KIOSQUE_MAX_HEADERS", 100), "--max-headers", 1...10_000)
        configuration.limits.maxBodyBytes = try Self.bounded(Self.resolve(maxBody, "KIOSQUE_MAX_BODY", 1 << 20), "--max-body", 1...(1 << 30))
        if let queues = try Self.resolve(ioQueues.map(String.init), "KIOSQUE_IO_QUEUES", "").nonEmpty {
            guard let value = Int(queues) else { throw ValidationError("--io-queues must be an integer.") }
            configuration.ioQueueCount = try Self.bounded(value, "--io-queues", 1...256)
        }
        return configuration
    }

    /// The longest duration any flag accepts: an hour is already far past any sane timeout,
    /// and it keeps deadline arithmetic far from overflow.
    static let maxSeconds = 3600.0
    private static let oneYear = 365 * 24 * 3600

    /// A duration flag: more than 0 and at most `maxSeconds`, else exit 64 naming the flag.
    static func seconds(_ value: Double, _ flag: String) throws -> Duration {
        guard value.isFinite, value > 0, value <= maxSeconds else {
            throw ValidationError("\(flag) must be more than 0 and at most \(Int(maxSeconds)) seconds.")
        }
        return .milliseconds(max(1, Int(value * 1000)))
    }

    /// A size or count flag within `range`, else exit 64 naming the flag: the maxima keep
    /// sums of limits far from integer overflow.
    static func bounded(_ value: Int, _ flag: String, _ range: ClosedRange<Int>) throws -> Int {
        guard range.contains(value) else {
            throw ValidationError("\(flag) must be between \(range.lowerBound) and \(range.upperBound).")
        }
        return value
    }
}

extension String {
    /// nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
