/// The header lines of a response other than `Date` and `Connection`: what the finalizer
/// writes after the status line, in the order it always has.
struct HeadFields {
    /// Headers the engine computes; a responder's values for these are ignored.
    private static let managed: Set<String> = ["content-length", "date", "server", "connection", "transfer-encoding",
                                               "keep-alive", "content-encoding"]

    var status: HTTPStatus
    var serverName: String
    var contentType: String?
    var contentLength: Int
    /// Whether the response describes content (a body, or the head of one for HEAD).
    var hasBody: Bool
    var gzipped: Bool
    var etag: String?
    var vary: Bool
    var cacheControl: String?
    /// The responder's own fields (`Content-Type`, `ETag`, `Cache-Control` are written above).
    var others: HTTPHeaders

    /// The status line and the field lines, as bytes.
    var lines: PreparedHeads.Lines {
        var head: [UInt8] = []
        head.reserveCapacity(384)
        Self.append("Server", serverName, to: &head)
        if status.code != 304 {
            if let contentType, hasBody { Self.append("Content-Type", contentType, to: &head) }
            if !(status.code < 200 || status.code == 204) { Self.append("Content-Length", String(contentLength), to: &head) }
            if gzipped { Self.append("Content-Encoding", "gzip", to: &head) }
        }
        if let etag { Self.append("ETag", etag, to: &head) }
        if vary { Self.append("Vary", "Accept-Encoding", to: &head) }
        if let cacheControl { Self.append("Cache-Control", cacheControl, to: &head) }
        for field in others {
            let name = ASCII.lowercased(field.name)
            if name == "content-type" || name == "etag" || name == "cache-control" || Self.managed.contains(name) { continue }
            // A 304 describes no content (RFC 9110 §15.4.5): drop content-specific fields.
            if status.code == 304, name.hasPrefix("content-") { continue }
            Self.append(field.name, field.value, to: &head)
        }
        return PreparedHeads.Lines(statusLine: Array("HTTP/1.1 \(status.code) \(status.reason)\r\n".utf8), fields: head)
    }

    /// Appends `name: value` CR LF; a value with CR, LF or NUL would split the response, so
    /// such a line is never written.
    static func append(_ name: String, _ value: String, to head: inout [UInt8]) {
        guard !value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else { return }
        head.append(contentsOf: name.utf8)
        head.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
        head.append(contentsOf: value.utf8)
        head.append(contentsOf: [0x0D, 0x0A])
    }
}
