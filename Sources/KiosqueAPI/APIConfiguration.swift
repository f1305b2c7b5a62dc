/// Settings of the REST API.
public struct APIConfiguration: Sendable {
    /// `Cache-Control: max-age` of resources that never change while the process runs.
    public var cacheMaxAge = 300
    /// `Access-Control-Allow-Origin` on API responses.
    public var corsOrigin = "*"
    /// Reported by `/api/v1/stats`.
    public var version = KiosqueVersion.current

    public init() {}
}

/// What the API reports about the running server (readiness, connections); the executable
/// fills it in once the server exists.
public final class ServiceStatus: Sendable {
    private let drainingCheck: @Sendable () -> Bool
    private let connectionsCount: @Sendable () -> Int
    /// When the process started (seconds since 1970), for `/api/v1/stats`.
    public let startedAt: Int

    public init(startedAt: Int, isDraining: @escaping @Sendable () -> Bool = { false },
                openConnections: @escaping @Sendable () -> Int = { 0 }) {
        self.startedAt = startedAt
        drainingCheck = isDraining
        connectionsCount = openConnections
    }

    var isDraining: Bool { drainingCheck() }
    var openConnections: Int { connectionsCount() }
}
