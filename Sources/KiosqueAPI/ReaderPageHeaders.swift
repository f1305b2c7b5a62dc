import KiosqueHTTP

/// The reader page's security policy, sent as HTTP headers on every static-file response
/// (a `<meta>` policy cannot say `frame-ancestors`, and `nosniff`/`Referrer-Policy` have no
/// `<meta>` form at all).
public struct ReaderPageHeaders: HTTPResponder {
    /// Only this origin's scripts, styles and API; no framing, plugins or base rewriting.
    public static let contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    private let files: any HTTPResponder

    public init(_ files: any HTTPResponder) {
        self.files = files
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        withPolicy(files.respond(to: request))
    }

    public func respondInline(to request: HTTPRequest) -> HTTPResponse? {
        files.respondInline(to: request).map(withPolicy)
    }

    /// The policy's fields, made once: every static answer gets them.
    private static let policyFields: HTTPHeaders = [
        "Content-Security-Policy": contentSecurityPolicy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
    ]

    private func withPolicy(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers.add(contentsOf: Self.policyFields)
        return response
    }
}
