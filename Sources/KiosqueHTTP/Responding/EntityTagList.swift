/// An `If-None-Match` or `If-Match` field value: `*` or a list of entity-tags (RFC 9110 §8.8.3, §13.1.1-2).
struct EntityTagList {
    /// `*`: matches any current representation.
    var matchesAny = false
    /// Opaque tags with their quotes, `W/` prefixes removed (If-None-Match uses weak comparison).
    var tags: [Substring] = []
    /// The tags that had no `W/` prefix (If-Match uses strong comparison).
    var strongTags: [Substring] = []

    /// Parses every `If-None-Match` value; malformed members are skipped.
    init(_ values: [String]) {
        for value in values {
            var rest = value[...]
            while true {
                rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "," }
                guard !rest.isEmpty else { break }
                if rest.first == "*" {
                    matchesAny = true
                    rest = rest.dropFirst()
                    continue
                }
                let weak = rest.hasPrefix("W/")
                if weak { rest = rest.dropFirst(2) }
                guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else {
                    // Not an entity-tag: skip to the next comma.
                    rest = rest.drop { $0 != "," }
                    continue
                }
                tags.append(rest[rest.startIndex...close])
                if !weak { strongTags.append(rest[rest.startIndex...close]) }
                rest = rest[rest.index(after: close)...]
            }
        }
    }

    /// Weak comparison against `etag` (itself possibly `W/`-prefixed).
    func matches(_ etag: String) -> Bool {
        if matchesAny { return true }
        let opaque = etag.hasPrefix("W/") ? etag.dropFirst(2) : etag[...]
        return tags.contains { $0 == opaque }
    }

    /// Strong comparison against `etag`: a weak tag on either side never matches.
    func matchesStrongly(_ etag: String) -> Bool {
        if matchesAny { return true }
        return !etag.hasPrefix("W/") && strongTags.contains { $0 == etag[...] }
    }
}
