import Synchronization

/// A responder that can be replaced while the server runs: the server listens at once with a
/// stand-in (e.g. one answering 503 while data loads) and switches to the real one when ready.
public final class ResponderSwitch: HTTPResponder {
    private let current: Mutex<any HTTPResponder>

    public init(_ initial: any HTTPResponder) {
        current = Mutex(initial)
    }

    /// Requests read after this call go to `responder`; those already being answered finish
    /// with the previous one.
    public func replace(with responder: any HTTPResponder) {
        current.withLock { $0 = responder }
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let responder = current.withLock { $0 }
        return responder.respond(to: request)
    }

    public func respondInline(to request: HTTPRequest) -> HTTPResponse? {
        let responder = current.withLock { $0 }
        return responder.respondInline(to: request)
    }
}
