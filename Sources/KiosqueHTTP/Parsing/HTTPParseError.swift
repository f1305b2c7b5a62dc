/// Why a request cannot be served as sent. Each case maps to its own status: a framing
/// error is never a blanket 400.
public struct HTTPParseError: Error, Sendable, Equatable {
    public let status: HTTPStatus
    public let detail: String

    init(_ status: HTTPStatus, _ detail: String) {
        self.status = status
        self.detail = detail
    }

    static func bad(_ detail: String) -> HTTPParseError { HTTPParseError(.badRequest, detail) }
}
