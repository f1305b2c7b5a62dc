/// What the engine needs to know of a request to finish its response.
struct RequestContext {
    var method: HTTPMethod
    var version: HTTPVersion
    var acceptEncoding: [String]
    var ifNoneMatch: [String]
    var ifMatch: [String] = []
}

/// A response ready for the socket: its head and the body bytes to write after it.
struct FinishedResponse {
    var status: HTTPStatus
    var head: [UInt8]
    /// The body to send (nil for HEAD, 304, 204...).
    var body: SharedBytes?
    /// Bytes sent in all (head and body), for logs and metrics.
    var byteCount: Int { head.count + (body?.count ?? 0) }
}

/// Turns a responder's `HTTPResponse` into bytes for the wire: picks the representation
/// (identity or gzip), answers `If-None-Match` with 304, strips the body for HEAD, and adds
/// the headers the engine owns. Pure: no I/O, testable on its own.
enum ResponseFinalizer {
    /// Headers the engine computes; a responder's values for these are ignored.
    private static let managed: Set<String> = ["content-length", "date", "server", "connection", "transfer-encoding",
                                               "keep-alive", "content-encoding"]

    static func finish(_ response: HTTPResponse, for request: RequestContext, keepAlive: Bool,
                       serverName: String, date: String) -> FinishedResponse {
        var status = response.status
        var headers = response.headers
        var body: SharedBytes?
        var contentType = headers["Content-Type"]
        var etag = headers["ETag"]
        var cacheControl = headers["Cache-Control"]
        var gzipped = false
        var vary = false
        let noBodyStatus = status.code < 200 || status.code == 204 || status.code == 304

        if !noBodyStatus {
            let coding = ContentCoding.negotiate(request.acceptEncoding)
            switch response.body {
            case .empty:
                break
            case .prepared(let prepared):
                contentType = contentType ?? prepared.contentType
                cacheControl = cacheControl ?? prepared.cacheControl
                vary = prepared.gzip != nil
                if let gzip = prepared.gzip, coding.prefersGzip || (coding.identity == 0 && coding.gzip > 0) {
                    body = gzip
                    etag = prepared.gzipETag
                    gzipped = true
                } else if coding.identity > 0 {
                    body = prepared.identity
                    etag = etag ?? prepared.etag
                } else if coding.gzip > 0, ContentCoding.isCompressible(prepared.contentType),
                          let compressed = Gzip.compress(prepared.identity.array, level: 5) {
                    body = SharedBytes(compressed)
                    etag = prepared.gzipETag
                    gzipped = true
                    vary = true
                } else {
                    return notAcceptable(request, keepAlive: keepAlive, serverName: serverName, date: date)
                }
            case .bytes(let bytes):
                let compressible = (contentType.map(ContentCoding.isCompressible) ?? false) && status.code != 206
                let worthIt = compressible && bytes.count >= ContentCoding.minimumCompressibleSize
                vary = worthIt
                // Compress when preferred and worth it, or when identity is refused and gzip is not.
                if (worthIt && coding.prefersGzip) || (compressible && coding.identity == 0 && coding.gzip > 0),
                   let compressed = Gzip.compress(bytes, level: 5) {
                    body = SharedBytes(compressed)
                    gzipped = true
                    vary = true
                    // Two representations, two strong tags (RFC 9110 §8.8.3).
                    etag = etag.map(Self.gzipTag)
                } else if coding.identity > 0 {
                    body = SharedBytes(bytes)
                } else {
                    return notAcceptable(request, keepAlive: keepAlive, serverName: serverName, date: date)
                }
            }
        }

        // RFC 9110 §13.1.1: If-Match that matches no current tag (strongly) → 412.
        if (200..<300).contains(status.code), !request.ifMatch.isEmpty,
           !(etag.map(EntityTagList(request.ifMatch).matchesStrongly) ?? EntityTagList(request.ifMatch).matchesAny) {
            return preconditionFailed(request, keepAlive: keepAlive, serverName: serverName, date: date)
        }
        // RFC 9110 §13.1.2: If-None-Match on GET/HEAD → 304 when a tag matches (`*`: any
        // representation); evaluated before Range (§13.2.2), so a 206 becomes 304 too.
        if status.code == 200 || status.code == 206, !request.ifNoneMatch.isEmpty,
           request.method == .get || request.method == .head {
            let list = EntityTagList(request.ifNoneMatch)
            if list.matchesAny || etag.map(list.matches) == true {
                status = .notModified
                body = nil
            }
        }

        var head: [UInt8] = []
        head.reserveCapacity(384)
        func line(_ name: String, _ value: String) {
            // A value with CR, LF or NUL would split the response: never written.
            guard !value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else { return }
            head.append(contentsOf: name.utf8)
            head.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            head.append(contentsOf: value.utf8)
            head.append(contentsOf: [0x0D, 0x0A])
        }
        head.append(contentsOf: "HTTP/1.1 \(status.code) \(status.reason)\r\n".utf8)
        line("Date", date)
        line("Server", serverName)
        if status.code != 304 {
            if let contentType, body != nil || request.method == .head { line("Content-Type", contentType) }
            if !(status.code < 200 || status.code == 204) { line("Content-Length", String(body?.count ?? 0)) }
            if gzipped { line("Content-Encoding", "gzip") }
        }
        if let etag { line("ETag", etag) }
        if vary { line("Vary", "Accept-Encoding") }
        if let cacheControl { line("Cache-Control", cacheControl) }
        headers.remove("Content-Type")
        headers.remove("ETag")
        headers.remove("Cache-Control")
        for field in headers where !managed.contains(ASCII.lowercased(field.name)) {
            // A 304 describes no content (RFC 9110 §15.4.5): drop content-specific fields.
            if status.code == 304, ASCII.lowercased(field.name).hasPrefix("content-") { continue }
            line(field.name, field.value)
        }
        if !keepAlive {
            line("Connection", "close")
        } else if request.version == .http1_0 {
            line("Connection", "keep-alive")
        }
        head.append(contentsOf: [0x0D, 0x0A])
        if request.method == .head { body = nil }
        return FinishedResponse(status: status, head: head, body: body)
    }

    /// `"abc"` → `"abc-gz"`, `W/"abc"` → `W/"abc-gz"`: the gzip representation's tag.
    static func gzipTag(_ etag: String) -> String {
        guard etag.hasSuffix("\""), !etag.hasSuffix("-gz\"") else { return etag }
        return etag.dropLast() + "-gz\""
    }

    private static func preconditionFailed(_ request: RequestContext, keepAlive: Bool, serverName: String, date: String) -> FinishedResponse {
        let problem = HTTPResponse.problem(.preconditionFailed, detail: "If-Match matches no current representation.")
        var plain = request
        plain.acceptEncoding = []
        plain.ifMatch = []
        plain.ifNoneMatch = []
        return finish(problem, for: plain, keepAlive: keepAlive, serverName: serverName, date: date)
    }

    private static func notAcceptable(_ request: RequestContext, keepAlive: Bool, serverName: String, date: String) -> FinishedResponse {
        let problem = HTTPResponse.problem(.notAcceptable,
                                           detail: "Accept-Encoding excludes every coding this resource can be sent in.")
        var plain = request
        plain.acceptEncoding = []
        return finish(problem, for: plain, keepAlive: keepAlive, serverName: serverName, date: date)
    }
}
