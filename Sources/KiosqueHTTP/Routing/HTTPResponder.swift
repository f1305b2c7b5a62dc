/// Anything that answers requests. Runs on the connection's I/O queue and must only read
/// immutable, `Sendable` data: it should never block.
public protocol HTTPResponder: Sendable {
    /// The response to `request`.
    func respond(to request: HTTPRequest) -> HTTPResponse

    /// The response when making it is a lookup of prepared bytes (no search, no blocking): the
    /// engine then answers on the connection's I/O queue, sparing two thread hops to the
    /// handler pool and back. nil sends the request to the pool (`respond(to:)`).
    func respondInline(to request: HTTPRequest) -> HTTPResponse?
}

extension HTTPResponder {
    /// By default every request goes to the handler pool.
    public func respondInline(to request: HTTPRequest) -> HTTPResponse? { nil }
}

/// A responder made of a closure (tests, small servers).
public struct ClosureResponder: HTTPResponder {
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse

    public init(_ handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.handler = handler
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        handler(request)
    }
}
