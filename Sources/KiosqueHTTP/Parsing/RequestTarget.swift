/// The request-target split into path and query and percent-decoded (RFC 9112 §3.2,
/// RFC 3986 §2.1).
struct RequestTarget: Equatable {
    var path: String
    var rawPath: String
    var query: String?
    var queryItems: [(name: String, value: String)]

    static func == (lhs: RequestTarget, rhs: RequestTarget) -> Bool {
        lhs.path == rhs.path && lhs.rawPath == rhs.rawPath && lhs.query == rhs.query
            && lhs.queryItems.elementsEqual(rhs.queryItems) { $0 == $1 }
    }

    /// Parses an origin-form (`/a?b`) or absolute-form (`http://host/a?b`) target.
    static func parse(_ bytes: [UInt8]) throws(HTTPParseError) -> RequestTarget {
        try parse(bytes[...])
    }

    /// Parses a target still inside the request head's bytes (no copy).
    static func parse(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> RequestTarget {
        var target = bytes
        if target.first != UInt8(ascii: "/") {
            // absolute-form (RFC 9112 §3.2.2): drop scheme and authority, keep the path.
            guard let schemeEnd = findSubsequence(Array("://".utf8), in: target) else {
                throw .bad("The request-target must start with '/' (origin-form) or be an absolute URI.")
            }
            let scheme = ASCII.lowercased(String(decoding: target[..<schemeEnd], as: UTF8.self))
            guard scheme == "http" || scheme == "https" else { throw .bad("Unsupported URI scheme '\(scheme)'.") }
            let afterAuthority = target[(schemeEnd + 3)...]
            if let slash = afterAuthority.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) {
                target = afterAuthority[slash...]
                if target.first == UInt8(ascii: "?") { target = ([UInt8(ascii: "/")] + target)[...] }
            } else {
                target = [UInt8(ascii: "/")][...]
            }
        }
        let queryStart = target.firstIndex(of: UInt8(ascii: "?"))
        let rawPathBytes = target[..<(queryStart ?? target.endIndex)]
        // A fragment is never sent by a conforming client; '#' is not allowed in a target.
        if target.contains(UInt8(ascii: "#")) { throw .bad("The request-target must not contain a fragment ('#').") }
        let rawPath = String(decoding: rawPathBytes, as: UTF8.self)
        let path = try decodedPath(rawPathBytes, raw: rawPath)
        var query: String?
        var items: [(name: String, value: String)] = []
        if let queryStart {
            let rawQuery = target[(queryStart + 1)...]
            query = String(decoding: rawQuery, as: UTF8.self)
            for pair in rawQuery.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
                let equals = pair.firstIndex(of: UInt8(ascii: "="))
                let nameBytes = pair[..<(equals ?? pair.endIndex)]
                let valueBytes = equals.map { pair[($0 + 1)...] } ?? pair[pair.endIndex...]
                guard let name = percentDecode(nameBytes, plusAsSpace: true),
                      let value = percentDecode(valueBytes, plusAsSpace: true) else {
                    throw .bad("The query has an invalid percent-encoding.")
                }
                guard let nameText = String(validating: name, as: UTF8.self),
                      let valueText = String(validating: value, as: UTF8.self) else {
                    throw .bad("The decoded query is not valid UTF-8.")
                }
                items.append((name: nameText, value: valueText))
            }
        }
        return RequestTarget(path: path, rawPath: rawPath, query: query, queryItems: items)
    }

    /// The path percent-decoded. Without an escape (and in ASCII without NUL) there is nothing
    /// to decode or check: the raw path's String serves as both.
    private static func decodedPath(_ bytes: ArraySlice<UInt8>, raw: String) throws(HTTPParseError) -> String {
        if bytes.allSatisfy({ $0 != UInt8(ascii: "%") && $0 != 0 && $0 < 0x80 }) { return raw }
        guard let decoded = percentDecode(bytes, plusAsSpace: false) else {
            throw .bad("The path has an invalid percent-encoding.")
        }
        if decoded.contains(0) { throw .bad("The path contains an encoded NUL (%00).") }
        guard let path = String(validating: decoded, as: UTF8.self) else {
            throw .bad("The decoded path is not valid UTF-8.")
        }
        return path
    }

    /// Decodes `%XX` escapes; nil on a malformed escape.
    static func percentDecode(_ bytes: ArraySlice<UInt8>, plusAsSpace: Bool) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex + 0, index + 2 <= bytes.endIndex - 1,
                      let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2]) else { return nil }
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return out
    }

    private static func findSubsequence(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
