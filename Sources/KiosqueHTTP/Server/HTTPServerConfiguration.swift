/// Everything the engine can be told: where to listen, limits, timeouts, logging.
public struct HTTPServerConfiguration: Sendable {
    /// Host name or address to bind (`127.0.0.1`, `::1`, `0.0.0.0`, `::`, `localhost`).
    public var host = "127.0.0.1"
    /// TCP port; 0 picks a free one (read it back from `HTTPServer.start()`).
    public var port = 8080
    public var limits = HTTPLimits()
    /// A client must send a complete request head within this time of its first byte
    /// (or of connecting): the slowloris defence. Answered 408, then closed.
    public var headerReadTimeout: Duration = .seconds(10)
    /// An idle keep-alive connection is closed after this long without a request.
    public var keepAliveTimeout: Duration = .seconds(30)
    /// A body, or a response being written, gets this long plus its size at `minTransferRate`,
    /// counted from its start: trickling bytes cannot stretch it (slow-drip defence).
    public var ioStallTimeout: Duration = .seconds(30)
    /// Slowest average rate, in bytes per second, at which a client may send a body or read
    /// responses once `ioStallTimeout` has passed.
    public var minTransferRate = 8 * 1024
    /// Most open connections; past it new clients get 503 and are closed.
    /// nil: derived from `RLIMIT_NOFILE` (leaving room for files and listeners).
    public var maxConnections: Int?
    /// Event loops (I/O threads) connections are spread over; nil: one per core this
    /// process may run on.
    public var ioQueueCount: Int?
    /// Most request handlers running at once, on threads apart from the I/O queues;
    /// nil: twice the cores, at least 4 (CPU-bound handlers then share the cores fairly).
    public var handlerConcurrency: Int?
    /// `Server` header value.
    public var serverName = "kiosque"
    /// Log one line per request at info level.
    public var accessLog = true
    /// TLS, when set: every connection of this server speaks TLS.
    public var tls: TLSConfiguration?
    /// How long a connection may take to complete its TLS handshake.
    public var tlsHandshakeTimeout: Duration = .seconds(10)
    /// Where every deadline reads the time; tests put a hand-driven clock here.
    package var clock: any ServerClock = MonotonicClock()

    public init() {}
}

/// One completed exchange, reported to the observer (metrics, access log).
public struct HTTPExchangeRecord: Sendable {
    public let method: String
    public let path: String
    public let status: Int
    /// Bytes written for the response (head and body).
    public let bytes: Int
    /// From a complete request head to the response queued for writing.
    public let microseconds: Int
    /// The route pattern that answered, when a `Router` did (nil: static files, errors).
    public let route: String?
}
