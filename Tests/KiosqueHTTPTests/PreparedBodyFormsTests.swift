import KiosqueHTTP
import Testing

/// A body stored only in its gzip form answers with the same bytes and tags as one stored twice.
@Suite struct PreparedBodyFormsTests {
    private static let json = Array((0..<400).map { #"{"id":"article-\#($0)","title":"Élection à Lyon"}"# }.joined(separator: ",").utf8)

    @Test func gzipOnlyBodyInflatesToTheSameIdentity() throws {
        let both = PreparedBody(bytes: Self.json, contentType: "application/json")
        let gzipOnly = PreparedBody(bytes: Self.json, contentType: "application/json", keepIdentity: false)
        let gzip = try #require(gzipOnly.gzip)
        #expect(gzip.array == both.gzip?.array)
        #expect(gzipOnly.identity.array == Self.json)
        #expect(gzipOnly.identityCount == Self.json.count)
        #expect(gzipOnly.etag == both.etag)
        #expect(gzipOnly.gzipETag == both.gzipETag)
    }

    @Test func bodyTooSmallToCompressKeepsItsIdentity() {
        let small = Array(#"{"status":"ok"}"#.utf8)
        let body = PreparedBody(bytes: small, contentType: "application/json", keepIdentity: false)
        #expect(body.gzip == nil)
        #expect(body.identity.array == small)
    }

    @Test func gzipOnlyBodyIsInflatedOnceWhileTheBudgetLasts() {
        let gzipOnly = PreparedBody(bytes: Self.json, contentType: "application/json", keepIdentity: false)
        let first = gzipOnly.identity
        let second = gzipOnly.identity
        #expect(second.array == Self.json)
        // Other tests' bodies share the budget, but theirs are small: this one fits.
        #expect(first === second, "the inflated form is kept, not inflated again")
    }

    /// One deflater reused for many bodies (as at start) gives each the bytes a fresh stream
    /// gives: nothing of one body leaks into the next.
    @Test func reusedDeflaterCompressesEachBodyAsAFreshStreamDoes() throws {
        let deflater = GzipDeflater(level: Gzip.preparedLevel)
        let bodies = [Self.json, Array(Self.json.prefix(900)), Array(Self.json.reversed()), Self.json + Self.json]
        for bytes in bodies {
            let reused = try #require(deflater.compress(bytes))
            #expect(reused == Gzip.compress(bytes, level: Gzip.preparedLevel))
            #expect(Gzip.decompress(reused) == bytes)
        }
        let body = PreparedBody(bytes: Self.json, contentType: "application/json", cacheControl: nil, keepIdentity: false,
                                deflater: deflater)
        #expect(body.identity.array == Self.json)
        #expect(body.etag == PreparedBody(bytes: Self.json, contentType: "application/json").etag)
    }
}
