import KiosqueHTTP

/// What the server answers while the corpus loads: alive (`/livez`, `/healthz` 200), not
/// ready (`/readyz` 503), and 503 with `Retry-After` for everything else, so that a probe
/// can tell a slow start from a dead process.
public struct StartupResponder: HTTPResponder {
    private let alive = PreparedBody(bytes: Array(#"{"status":"ok"}"#.utf8), contentType: "application/json", cacheControl: "no-store")

    public init() {}

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        switch request.path {
        case "/livez", "/healthz":
            return .prepared(alive)
        default:
            return .problem(.serviceUnavailable, detail: "The corpus is still loading; retry shortly.",
                            headers: ["Cache-Control": "no-store", "Retry-After": "1"])
        }
    }
}
