/// An error the API answers with an RFC 9457 problem+json body.
package struct APIError: Error, Sendable, Equatable {
    /// HTTP status code.
    package let status: Int
    /// Short, stable summary of the problem type.
    package let title: String
    /// What exactly is wrong, for a human.
    package let detail: String
    /// The offending query parameter, when there is one.
    package let parameter: String?

    /// 400 for a query parameter that is missing, malformed or out of range.
    package static func badParameter(_ name: String, _ detail: String) -> APIError {
        APIError(status: 400, title: "Invalid query parameter", detail: detail, parameter: name)
    }

    /// 404 for an unknown id.
    package static func notFound(_ detail: String) -> APIError {
        APIError(status: 404, title: "Not Found", detail: detail, parameter: nil)
    }
}
