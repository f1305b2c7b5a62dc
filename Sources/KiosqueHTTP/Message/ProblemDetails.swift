/// RFC 9457 problem details, rendered in this one place for every error the server sends.
public struct ProblemDetails: Sendable {
    public let status: HTTPStatus
    /// A URI reference for the problem type; `about:blank` means "see the status code".
    public let type: String
    public let title: String
    public let detail: String?
    /// Extension members (string-valued), e.g. `parameter`.
    public let extra: [(String, String)]

    public init(status: HTTPStatus, type: String = "about:blank", title: String? = nil, detail: String? = nil,
                extra: [(String, String)] = []) {
        self.status = status
        self.type = type
        self.title = title ?? status.reason
        self.detail = detail
        self.extra = extra
    }

    /// The `application/problem+json` body.
    public var json: [UInt8] {
        var members = [("type", Self.quoted(type)), ("title", Self.quoted(title)), ("status", String(status.code))]
        if let detail { members.append(("detail", Self.quoted(detail))) }
        for (name, value) in extra { members.append((name, Self.quoted(value))) }
        let body = "{" + members.map { "\(Self.quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
        return Array(body.utf8)
    }

    /// A JSON string literal (RFC 8259 §7: quote, backslash and control characters escaped).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
