/// Tells whether a request was made from another site's page, for the BREACH mitigation.
///
/// BREACH (CVE-2013-3587) recovers a secret from the *size* of compressed HTTPS responses:
/// the attacker's page makes the victim's browser send many requests to our site and watches
/// the encrypted lengths. Those requests are cross-site by construction, so over TLS the
/// engine sends them uncompressed; direct requests (curl, a typed URL: no `Referer`) and the
/// reader page's own requests keep gzip.
enum CrossSiteRequest {
    /// True when `Sec-Fetch-Site` says `cross-site`, or when `Origin` or `Referer` names a
    /// host other than the request's `Host`.
    static func isCrossSite(_ headers: HTTPHeaders) -> Bool {
        if let site = headers["Sec-Fetch-Site"].map(ASCII.lowercased) {
            // The browser's own verdict is authoritative when it gives one.
            if site == "cross-site" { return true }
            if site == "same-origin" || site == "same-site" || site == "none" { return false }
        }
        let host = headers["Host"].map { hostName(ofAuthority: Substring($0)) } ?? ""
        for name in ["Origin", "Referer"] {
            guard let value = headers[name], value != "null" else { continue }
            guard let referring = hostName(ofURL: value) else { return true }  // unreadable: assume the worst
            if referring != host { return true }
        }
        return false
    }

    /// The lower-cased host of an absolute URL (`https://Example.org:8443/a` → `example.org`).
    static func hostName(ofURL url: String) -> String? {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let withoutUser = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority
        let host = hostName(ofAuthority: withoutUser)
        return host.isEmpty ? nil : host
    }

    /// The lower-cased host of `host[:port]` or `[v6]:port`.
    static func hostName(ofAuthority authority: Substring) -> String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return ASCII.lowercased(String(authority[...close]))
        }
        let host = authority.prefix { $0 != ":" }
        return ASCII.lowercased(String(host))
    }
}
