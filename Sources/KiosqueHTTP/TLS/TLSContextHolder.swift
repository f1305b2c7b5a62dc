import Synchronization

/// The current TLS context, replaceable at run time (SIGHUP reloads the certificate): new
/// handshakes take the new context, open connections keep the one they started with.
public final class TLSContextHolder: Sendable {
    private let current: Mutex<TLSContext>

    /// Starts with `context`.
    public init(_ context: TLSContext) {
        current = Mutex(context)
    }

    /// The context new connections should use.
    public var context: TLSContext {
        current.withLock { $0 }
    }

    /// Builds a context from `configuration` and, if it loads, makes it current.
    /// On error the old context stays in place.
    @discardableResult
    public func reload(_ configuration: TLSConfiguration) throws(TLSConfigurationError) -> TLSContext {
        let fresh = try TLSContext(configuration: configuration)
        current.withLock { $0 = fresh }
        return fresh
    }
}
