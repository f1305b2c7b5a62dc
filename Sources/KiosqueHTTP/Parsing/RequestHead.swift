/// How the body of a request is delimited (RFC 9112 §6.3).
enum BodyFraming: Equatable {
    case none
    case length(Int)
    case chunked
}

/// A parsed request line and header section.
struct RequestHead {
    var method: HTTPMethod
    var target: String
    var parsedTarget: RequestTarget
    var version: HTTPVersion
    var headers: HTTPHeaders
    var framing: BodyFraming
    /// Whether the connection may stay open after this exchange (RFC 9112 §9.3).
    var keepAlive: Bool
    /// `Expect: 100-continue` was sent with a body to come.
    var expectsContinue: Bool

    func request(body: [UInt8]) -> HTTPRequest {
        HTTPRequest(method: method, target: target, path: parsedTarget.path, rawPath: parsedTarget.rawPath,
                    query: parsedTarget.query, queryItems: parsedTarget.queryItems, version: version,
                    headers: headers, body: body)
    }
}
