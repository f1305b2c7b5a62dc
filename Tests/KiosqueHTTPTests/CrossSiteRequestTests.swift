@testable import KiosqueHTTP
import Testing

/// The cross-site test behind the BREACH mitigation (no gzip over TLS for cross-site requests).
@Suite struct CrossSiteRequestTests {
    @Test(arguments: [
        // (headers, cross-site?)
        ([("Host", "news.example")], false),
        ([("Host", "news.example"), ("Referer", "https://news.example/articles")], false),
        ([("Host", "news.example:8443"), ("Referer", "https://NEWS.example:8443/x?q=1")], false),
        ([("Host", "news.example"), ("Referer", "https://google.com/")], true),
        ([("Host", "news.example"), ("Origin", "https://evil.example")], true),
        ([("Host", "news.example"), ("Origin", "null")], false),
        ([("Host", "news.example"), ("Referer", "not a url")], true),
        ([("Host", "news.example"), ("Referer", "https://user@evil.example/")], true),
        ([("Host", "[::1]:8443"), ("Referer", "https://[::1]:8443/")], false),
        ([("Host", "news.example"), ("Sec-Fetch-Site", "cross-site")], true),
        ([("Host", "news.example"), ("Sec-Fetch-Site", "same-origin"), ("Referer", "https://news.example/")], false),
        ([("Host", "news.example"), ("Sec-Fetch-Site", "none")], false),
    ] as [([(String, String)], Bool)])
    func classifies(fields: [(String, String)], crossSite: Bool) {
        let headers = HTTPHeaders(fields.map { (name: $0.0, value: $0.1) })
        #expect(CrossSiteRequest.isCrossSite(headers) == crossSite, "\(fields)")
    }
}
