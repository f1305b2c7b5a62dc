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
    /// Where heavy request handlers run (never on the event loops).
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
