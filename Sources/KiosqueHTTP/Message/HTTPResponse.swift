/// A response as a responder returns it. The engine adds `Date`, `Server`, `Content-Length`,
/// `Connection`, negotiates gzip and answers conditional requests.
public struct HTTPResponse: Sendable {
    /// What a response carries.
    public enum Body: Sendable {
        case empty
        /// Bytes made for this request; gzip'd per request when accepted and worth it.
        case bytes([UInt8])
        /// Bytes prepared once (identity, gzip, ETag), served without per-request work.
        case prepared(PreparedBody)
    }

    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: Body
    /// The route pattern that answered (`/api/v1/articles/:id`), set by `Router`: metrics and
    /// logs label the exchange with it instead of matching the path again.
    public var route: String?

    public init(status: HTTPStatus, headers: HTTPHeaders = [:], body: Body = .empty) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON response (`application/json`) with bytes made for this request.
    public static func json(status: HTTPStatus = .ok, bytes: [UInt8], headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers.replaceOrAdd("Content-Type", "application/json")
        return HTTPResponse(status: status, headers: headers, body: .bytes(bytes))
    }

    /// A prepared body with its content type taken from it.
    public static func prepared(_ body: PreparedBody, status: HTTPStatus = .ok, headers: HTTPHeaders = [:]) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: .prepared(body))
    }

    /// An RFC 9457 problem+json response.
    public static func problem(_ status: HTTPStatus, detail: String? = nil, title: String? = nil,
                               extra: [(String, String)] = [], headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers.replaceOrAdd("Content-Type", "application/problem+json")
        let body = ProblemDetails(status: status, title: title, detail: detail, extra: extra).json
        return HTTPResponse(status: status, headers: headers, body: .bytes(body))
    }
}
