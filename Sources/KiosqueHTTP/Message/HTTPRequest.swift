/// A parsed request, handed to a responder.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// The request-target exactly as received (`/api/v1/search?q=caf%C3%A9`).
    public var target: String
    /// The path, percent-decoded (`/api/v1/search`).
    public var path: String
    /// The path as received, still percent-encoded.
    public var rawPath: String
    /// The query without `?`, still percent-encoded; nil when the target has no `?`.
    public var query: String?
    /// Query parameters, percent-decoded, `+` read as a space, in order (repeats kept).
    public var queryItems: [(name: String, value: String)]
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// The request body, de-chunked.
    public var body: [UInt8]

    public init(method: HTTPMethod, target: String, path: String, rawPath: String, query: String?,
                queryItems: [(name: String, value: String)], version: HTTPVersion, headers: HTTPHeaders, body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.path = path
        self.rawPath = rawPath
        self.query = query
        self.queryItems = queryItems
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// Builds a request from a target string (for tests and internal dispatch); nil if the
    /// target's percent-encoding is invalid.
    public init?(method: HTTPMethod = .get, target: String, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        guard let parts = try? RequestTarget.parse(Array(target.utf8)) else { return nil }
        self.init(method: method, target: target, path: parts.path, rawPath: parts.rawPath, query: parts.query,
                  queryItems: parts.queryItems, version: .http1_1, headers: headers, body: body)
    }
}
