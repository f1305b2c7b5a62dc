/// Anything that answers requests. Runs on the connection's I/O queue and must only read
/// immutable, `Sendable` data: it should never block.
public protocol HTTPResponder: Sendable {
    /// The response to `request`.
    func respond(to request: HTTPRequest) -> HTTPResponse
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
