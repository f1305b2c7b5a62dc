/// Parses a request head from the start of a buffer: a pure function of the bytes and the
/// limits, so that it can be tested at every split point without sockets.
enum RequestHeadParser {
    enum Result {
        /// A complete head, and how many bytes of the buffer it used.
        case complete(RequestHead, consumed: Int)
        /// The head is not complete yet; `scanned` bytes need not be searched again.
        case needMore(scanned: Int)
        case failure(HTTPParseError)
    }

    /// Looks for the end of the head in `buffer`, searching from `scanned` (the bytes already
    /// searched by an earlier call: a slow client costs only its new bytes, not a re-scan).
    static func parse(_ buffer: [UInt8], scanned: Int = 0, limits: HTTPLimits) -> Result {
        let start = leadingEmptyLines(buffer)
        var index = max(scanned, start)
        var lineStart = start
        var firstLineEnd: Int?
        // Find the first empty line (LF LF or LF CR LF), checking the request-line limit on the way.
        while index < buffer.count {
            if buffer[index] == 0x0A {
                if firstLineEnd == nil { firstLineEnd = index }
                let lineLength = index - lineStart
                if lineLength == 0 || (lineLength == 1 && buffer[lineStart] == 0x0D) {
                    if lineStart > start {
                        return finish(buffer, from: start, end: index + 1, limits: limits)
                    }
                }
                lineStart = index + 1
            }
            index += 1
        }
        if scanned > start, firstLineEnd == nil {
            // The loop above restarted mid-buffer; recover where the first line ended, if it did.
            firstLineEnd = buffer[start..<buffer.count].firstIndex(of: 0x0A)
        }
        let requestLineLength = (firstLineEnd ?? buffer.count) - start
        if requestLineLength - 1 > limits.maxRequestLineBytes {  // the line's LF; no overflow at Int.max
            return .failure(HTTPParseError(.uriTooLong, "The request line is longer than \(limits.maxRequestLineBytes) bytes."))
        }
        if let firstLineEnd, buffer.count - firstLineEnd - 2 > limits.maxHeaderBytes {
            return .failure(HTTPParseError(.requestHeaderFieldsTooLarge, "The header section is larger than \(limits.maxHeaderBytes) bytes."))
        }
        // Resume the next search a few bytes back so a CR LF CR LF split across reads is seen.
        return .needMore(scanned: max(start, buffer.count - 3))
    }

    /// RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request line.
    private static func leadingEmptyLines(_ buffer: [UInt8]) -> Int {
        var index = 0
        while index < buffer.count, index < 64 {
            if buffer[index] == 0x0A { index += 1 }
            else if buffer[index] == 0x0D, index + 1 < buffer.count, buffer[index + 1] == 0x0A { index += 2 }
            else { break }
        }
        return index
    }

    private static func finish(_ buffer: [UInt8], from start: Int, end: Int, limits: HTTPLimits) -> Result {
        do throws(HTTPParseError) {
            let head = try parseHead(buffer[start..<end], limits: limits)
            return .complete(head, consumed: end)
        } catch {
            return .failure(error)
        }
    }

    private static func parseHead(_ bytes: ArraySlice<UInt8>, limits: HTTPLimits) throws(HTTPParseError) -> RequestHead {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            // RFC 9112 §2.2 lets a server accept a bare LF; refusing it leaves no room for a
            // proxy in front to split the head differently (request smuggling).
            guard index > lineStart, bytes[index - 1] == 0x0D else { throw .bad("Every line of the request head must end with CR LF.") }
            lines.append(bytes[lineStart..<(index - 1)])
            lineStart = index + 1
        }
        guard let requestLine = lines.first else { throw .bad("Empty request.") }
        if requestLine.count > limits.maxRequestLineBytes {
            throw HTTPParseError(.uriTooLong, "The request line is longer than \(limits.maxRequestLineBytes) bytes.")
        }
        let (method, targetBytes, version) = try parseRequestLine(requestLine)
        let fieldLines = lines.dropFirst().dropLast()  // the last line is the empty one
        if fieldLines.count > limits.maxHeaderCount {
            throw HTTPParseError(.requestHeaderFieldsTooLarge, "More than \(limits.maxHeaderCount) header fields.")
        }
        let headerBytes = fieldLines.reduce(0) { $0 + $1.count + 2 }
        if headerBytes > limits.maxHeaderBytes {
            throw HTTPParseError(.requestHeaderFieldsTooLarge, "The header section is larger than \(limits.maxHeaderBytes) bytes.")
        }
        var headers = HTTPHeaders()
        for line in fieldLines {
            let field = try parseFieldLine(line)
            headers.add(field.name, field.value)
        }
        let target: RequestTarget
        if targetBytes.elementsEqual("*".utf8) {
            // asterisk-form (RFC 9112 §3.2.4) only for a server-wide OPTIONS.
            guard method == .options else { throw .bad("The '*' request-target is only valid with OPTIONS.") }
            target = RequestTarget(path: "*", rawPath: "*", query: nil, queryItems: [])
        } else if method == .connect {
            throw HTTPParseError(.notImplemented, "CONNECT is not supported by this server.")
        } else {
            target = try RequestTarget.parse(targetBytes)
        }
        return try interpret(method: method, target: String(decoding: targetBytes, as: UTF8.self),
                             parsedTarget: target, version: version, headers: headers)
    }

    private static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (HTTPMethod, ArraySlice<UInt8>, HTTPVersion) {
        // RFC 9112 §3: method SP request-target SP HTTP-version, single spaces.
        let space = UInt8(ascii: " ")
        guard let firstSpace = line.firstIndex(of: space),
              let secondSpace = line[(firstSpace + 1)...].firstIndex(of: space),
              firstSpace > line.startIndex, secondSpace > firstSpace + 1, secondSpace + 1 < line.endIndex else {
            throw .bad("The request line must be 'METHOD target HTTP/1.1'.")
        }
        let methodBytes = line[..<firstSpace], target = line[(firstSpace + 1)..<secondSpace]
        let versionBytes = line[(secondSpace + 1)...]
        guard methodBytes.allSatisfy(ASCII.isTokenCharacter) else { throw .bad("The method is not a valid token.") }
        for byte in target where byte <= 0x20 || byte >= 0x7F {
            throw .bad("The request-target contains a control, space or non-ASCII byte.")
        }
        if versionBytes.contains(space) { throw .bad("The request line must be 'METHOD target HTTP/1.1'.") }
        let version = try parseVersion(versionBytes)
        guard let method = HTTPMethod.recognized(methodBytes) else {
            let name = String(decoding: methodBytes, as: UTF8.self)
            throw HTTPParseError(.notImplemented, "The method '\(name.prefix(32))' is not implemented.")
        }
        return (method, target, version)
    }

    private static func parseVersion(_ text: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPVersion {
        let start = text.startIndex
        guard text.count == 8, text[start..<(start + 5)].elementsEqual("HTTP/".utf8), ASCII.isDigit(text[start + 5]),
              text[start + 6] == UInt8(ascii: "."), ASCII.isDigit(text[start + 7]) else {
            throw .bad("The HTTP version must look like 'HTTP/1.1'.")
        }
        let major = Int(text[start + 5] - UInt8(ascii: "0")), minor = Int(text[start + 7] - UInt8(ascii: "0"))
        guard major == 1 else {
            throw HTTPParseError(.httpVersionNotSupported, "Only HTTP/1.0 and HTTP/1.1 are supported.")
        }
        // HTTP/1.x with a higher minor is answered as 1.1 (RFC 9110 §6.2).
        return minor == 0 ? .http1_0 : .http1_1
    }

    private static func parseFieldLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (name: String, value: String) {
        guard let first = line.first else { throw .bad("Empty header line.") }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            throw .bad("Obsolete line folding (obs-fold) is not accepted (RFC 9112 §5.2).")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { throw .bad("A header line has no colon.") }
        let name = line[line.startIndex..<colon]
        if let last = name.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            throw .bad("Whitespace between a header name and its colon is not allowed (RFC 9112 §5.1).")
        }
        guard !name.isEmpty, name.allSatisfy(ASCII.isTokenCharacter) else {
            throw .bad("A header name is not a valid token.")
        }
        var value = line[(colon + 1)...]
        while let byte = value.first, byte == 0x20 || byte == 0x09 { value = value.dropFirst() }
        while let byte = value.last, byte == 0x20 || byte == 0x09 { value = value.dropLast() }
        for byte in value where (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            throw .bad(byte == 0 ? "A header value contains NUL." : "A header value contains a control character.")
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// Applies the header semantics that decide framing and connection handling.
    private static func interpret(method: HTTPMethod, target: String, parsedTarget: RequestTarget, version: HTTPVersion,
                                  headers: HTTPHeaders) throws(HTTPParseError) -> RequestHead {
        let fields = FramingFields(headers)
        let hosts = fields.hosts
        if version == .http1_1 && hosts.isEmpty { throw .bad("HTTP/1.1 requests must have a Host header (RFC 9112 §3.2).") }
        if hosts.count > 1 { throw .bad("More than one Host header.") }
        if let host = hosts.first, !isValidHost(host) { throw .bad("The Host header is not a valid host[:port].") }

        let lengths = fields.lengths, encodings = fields.encodings
        var framing = BodyFraming.none
        if !encodings.isEmpty {
            // RFC 9112 §6.1: both present is a request smuggling signal; refuse it.
            if !lengths.isEmpty { throw .bad("Both Content-Length and Transfer-Encoding are present.") }
            if version == .http1_0 { throw .bad("Transfer-Encoding is not allowed in an HTTP/1.0 request.") }
            let codings = encodings.flatMap { $0.split(separator: ",") }.map { ASCII.lowercased(String(ASCII.trimmed($0))) }
            guard codings.last == "chunked" else {
                throw .bad("The final transfer coding of a request must be chunked (RFC 9112 §6.3).")
            }
            guard codings.count == 1 else {
                throw HTTPParseError(.notImplemented, "Transfer codings other than chunked are not supported.")
            }
            framing = .chunked
        } else if !lengths.isEmpty {
            var length: Int?
            for value in lengths {
                for member in value.split(separator: ",", omittingEmptySubsequences: false) {
                    let text = ASCII.trimmed(member)
                    guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy(ASCII.isDigit), let parsed = Int(text) else {
                        throw .bad("Invalid Content-Length '\(value.prefix(40))'.")
                    }
                    if let length, length != parsed { throw .bad("Conflicting Content-Length values.") }
                    length = parsed
                }
            }
            if let length, length > 0 { framing = .length(length) }
        }

        let connection = fields.connection.flatMap { $0.split(separator: ",") }
            .map { ASCII.lowercased(String(ASCII.trimmed($0))) }
        let keepAlive = version == .http1_1 ? !connection.contains("close") : connection.contains("keep-alive")

        var expectsContinue = false
        if let expect = fields.expect {
            guard ASCII.lowercased(String(ASCII.trimmed(expect[...]))) == "100-continue" else {
                throw HTTPParseError(.expectationFailed, "Only 'Expect: 100-continue' is supported.")
            }
            expectsContinue = framing != .none && version == .http1_1
        }
        return RequestHead(method: method, target: target, parsedTarget: parsedTarget, version: version, headers: headers,
                           framing: framing, keepAlive: keepAlive, expectsContinue: expectsContinue)
    }

    /// Printable ASCII but for the delimiters and unsafe characters a host never holds. A switch,
    /// not a search in a string of them: this runs for every byte of every request's Host.
    @inline(__always)
    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, 0x7F...: false
        case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "@"),
             UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"): false
        default: true
        }
    }

    /// `uri-host [ ":" port ]` (RFC 9110 §7.2), loosely: no spaces, no slashes, sane port.
    private static func isValidHost(_ host: String) -> Bool {
        let bytes = host.utf8
        if bytes.isEmpty { return true }  // an empty Host is allowed when the URI has no authority
        for byte in bytes where !isHostByte(byte) { return false }
        if bytes.first == UInt8(ascii: "[") {
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return false }
            let rest = bytes[bytes.index(after: close)...]
            return rest.isEmpty || (rest.first == UInt8(ascii: ":") && rest.dropFirst().allSatisfy(ASCII.isDigit))
        }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return true }
        let port = bytes[bytes.index(after: colon)...]
        return colon != bytes.startIndex && !port.contains(UInt8(ascii: ":")) && port.count <= 5 && port.allSatisfy(ASCII.isDigit)
    }
}

/// The header fields that decide framing and connection handling, gathered in one pass
/// over the fields (rather than one search per name); empty lists allocate nothing.
private struct FramingFields {
    var hosts: [String] = []
    var lengths: [String] = []
    var encodings: [String] = []
    var connection: [String] = []
    /// The first `Expect` value.
    var expect: String?

    init(_ headers: HTTPHeaders) {
        for (name, value) in headers {
            switch name.utf8.count {
            case 4 where HTTPHeaders.equalNames(name, "Host"): hosts.append(value)
            case 6 where HTTPHeaders.equalNames(name, "Expect"): expect = expect ?? value
            case 10 where HTTPHeaders.equalNames(name, "Connection"): connection.append(value)
            case 14 where HTTPHeaders.equalNames(name, "Content-Length"): lengths.append(value)
            case 17 where HTTPHeaders.equalNames(name, "Transfer-Encoding"): encodings.append(value)
            default: continue
            }
        }
    }
}
