import Foundation
import KiosqueAPI
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// The reader page's security policy arrives as HTTP headers, on files and misses alike.
@Suite struct ReaderPageHeadersTests {
    @Test func staticFilesCarryTheSecurityHeaders() async throws {
        let root = NSTemporaryDirectory() + "kiosque-public-\(getpid())"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "<!doctype html><title>t</title>".write(toFile: root + "/index.html", atomically: true, encoding: .utf8)
        let server = try TestServer(responder: ReaderPageHeaders(try StaticFiles(root: root)))
        let client = try server.client()
        for (path, status) in [("/", 200), ("/missing.js", 404)] {
            let response = try await client.exchange(get(path))
            #expect(response.status == status, "\(path)")
            let policy = response.headers["Content-Security-Policy"] ?? ""
            #expect(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"), "\(path)")
            #expect(response.headers["X-Content-Type-Options"] == "nosniff", "\(path)")
            #expect(response.headers["Referrer-Policy"] != nil, "\(path)")
        }
        await server.stop()
    }
}
