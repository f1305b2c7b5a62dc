/// Accept-Encoding negotiation between identity and gzip (RFC 9110 §12.5.3).
struct ContentCoding: Equatable {
    /// The client's qvalue for gzip (0: not acceptable).
    var gzip: Double
    /// The client's qvalue for no coding (0: not acceptable).
    var identity: Double

    /// gzip is wanted at least as much as identity.
    var prefersGzip: Bool { gzip > 0 && gzip >= identity }

    /// Bodies smaller than this are not worth compressing (headers and CPU outweigh savings).
    static let minimumCompressibleSize = 1024

    /// Whether a media type benefits from gzip (text-like; images and fonts are compressed already).
    static func isCompressible(_ contentType: String) -> Bool {
        let type = ASCII.lowercased(String(contentType.prefix { $0 != ";" }))
        if type.hasPrefix("text/") { return true }
        switch type {
        case "application/json", "application/problem+json", "application/javascript", "application/xml",
             "image/svg+xml", "application/manifest+json", "application/linkset+json", "application/wasm",
             "application/x-ndjson", "application/openmetrics-text":
            return true
        default:
            return type.hasSuffix("+json") || type.hasSuffix("+xml")
        }
    }

    /// The client's preference from its `Accept-Encoding` values. No header: identity is
    /// preferred (RFC 9110: the client then accepts any coding, but many old clients
    /// mishandle gzip when they did not ask for it).
    static func negotiate(_ acceptEncoding: [String]) -> ContentCoding {
        guard !acceptEncoding.isEmpty else { return ContentCoding(gzip: 0, identity: 1) }
        var gzipQ: Double?
        var identityQ: Double?
        var starQ: Double?
        for value in acceptEncoding {
            for member in value.split(separator: ",") {
                let parts = member.split(separator: ";")
                guard let first = parts.first else { continue }
                let coding = ASCII.lowercased(String(ASCII.trimmed(first)))
                var q = 1.0
                for parameter in parts.dropFirst() {
                    let pair = parameter.split(separator: "=", maxSplits: 1)
                    guard pair.count == 2, ASCII.lowercased(String(ASCII.trimmed(pair[0]))) == "q" else { continue }
                    q = qValue(ASCII.trimmed(pair[1])) ?? 1.0
                }
                switch coding {
                case "gzip", "x-gzip": gzipQ = max(gzipQ ?? 0, q)
                case "identity": identityQ = q
                case "*": starQ = q
                default: continue
                }
            }
        }
        // identity is acceptable unless excluded by identity;q=0, or *;q=0 without an identity entry.
        return ContentCoding(gzip: gzipQ ?? starQ ?? 0, identity: identityQ ?? (starQ == 0 ? 0 : 1))
    }

    /// A qvalue (RFC 9110 §12.4.2): 0 to 1 with at most three decimals; nil when malformed.
    private static func qValue(_ text: Substring) -> Double? {
        guard let value = Double(text), value >= 0, value <= 1 else { return nil }
        return value
    }
}
