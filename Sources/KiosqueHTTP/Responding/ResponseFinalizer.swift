/// What the engine needs to know of a request to finish its response.
struct RequestContext {
    var method: HTTPMethod
    var version: HTTPVersion
    var acceptEncoding: [String]
    var ifNoneMatch: [String]
    var ifMatch: [String] = []
    var ifUnmodifiedSince: String? = nil
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
    static func finish(_ response: HTTPResponse, for request: RequestContext, keepAlive: Bool,
                       serverName: String, date: String) -> FinishedResponse {
        var status = response.status
        let headers = response.headers
        var body: SharedBytes?
        var contentType = headers["Content-Type"]
        var etag = headers["ETag"]
        var cacheControl = headers["Cache-Control"]
        var gzipped = false
        var vary = false
        /// The body is a prepared representation served as stored (not compressed now).
        var preparedAsIs = false
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
                    preparedAsIs = true
                } else if coding.identity > 0 {
                    body = prepared.identity
                    etag = etag ?? prepared.etag
                    preparedAsIs = true
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
            return preconditionFailed(request, detail: "If-Match matches no current representation.",
                                      keepAlive: keepAlive, serverName: serverName, date: date)
        }
        // RFC 9110 §13.1.4: If-Unmodified-Since (only without If-Match, §13.2.2) → 412 when the
        // representation changed after the given date; no valid date on either side: ignored.
        if (200..<300).contains(status.code), request.ifMatch.isEmpty,
           let since = request.ifUnmodifiedSince.flatMap(HTTPDateCache.parse),
           let modified = headers["Last-Modified"].flatMap(HTTPDateCache.parse), modified > since {
            return preconditionFailed(request, detail: "The representation was modified after If-Unmodified-Since.",
                                      keepAlive: keepAlive, serverName: serverName, date: date)
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

        let fields = HeadFields(status: status, serverName: serverName, contentType: contentType,
                                contentLength: body?.count ?? 0, hasBody: body != nil || request.method == .head,
                                gzipped: gzipped, etag: etag, vary: vary, cacheControl: cacheControl, others: headers)
        // A prepared body answered as prepared: its header lines depend on nothing that varies
        // per request, so they are built once per representation and reused.
        let lines: PreparedHeads.Lines
        if preparedAsIs, status == response.status, case .prepared(let prepared) = response.body {
            lines = prepared.heads.lines(for: PreparedHeads.Key(status: status.code, gzip: gzipped, serverName: serverName,
                                                                headers: response.headers)) { fields.lines }
        } else {
            lines = fields.lines
        }
        var head: [UInt8] = []
        head.reserveCapacity(lines.statusLine.count + lines.fields.count + 64)
        head.append(contentsOf: lines.statusLine)
        HeadFields.append("Date", date, to: &head)
        head.append(contentsOf: lines.fields)
        if !keepAlive {
            HeadFields.append("Connection", "close", to: &head)
        } else if request.version == .http1_0 {
            HeadFields.append("Connection", "keep-alive", to: &head)
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

    private static func preconditionFailed(_ request: RequestContext, detail: String, keepAlive: Bool,
                                           serverName: String, date: String) -> FinishedResponse {
        let problem = HTTPResponse.problem(.preconditionFailed, detail: detail)
        var plain = request
        plain.acceptEncoding = []
        plain.ifMatch = []
        plain.ifUnmodifiedSince = nil
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
