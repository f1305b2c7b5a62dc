import KiosqueHTTP
import KiosqueTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Symlink loops under the public directory: loading stays linear and finishes.
@Suite struct StaticFilesLoopTests {
    @Test func twoSymlinkLoopsLoadPromptly() throws {
        var template = Array("/tmp/kiosque-loops-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ClientError("mkdtemp failed") }
        let root = String(decoding: UnsafeRawBufferPointer(start: made, count: strlen(made)), as: UTF8.self)
        mkdir(root + "/a", 0o755)
        let descriptor = open(root + "/a/page.html", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = Array("<p>x</p>".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        // Two links back to the root and one to a sibling: 32 levels would mean 3^32 walks.
        symlink(root, root + "/a/loop1")
        symlink(root, root + "/a/loop2")
        symlink(root + "/a", root + "/a/self")
        defer {
            for link in ["/a/loop1", "/a/loop2", "/a/self", "/a/page.html"] { unlink(root + link) }
            rmdir(root + "/a")
            rmdir(root)
        }
        let start = ContinuousClock.now
        let files = try StaticFiles(root: root)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(files.count == 1)
    }
}

/// `Last-Modified` on static files, and `If-Modified-Since` answered 304.
@Suite struct StaticFilesDateTests {
    @Test func lastModifiedAndIfModifiedSince() async throws {
        let tree = try StaticFilesTests.Tree()
        let server = try TestServer(responder: TestServer.defaultResponder(fallback: try StaticFiles(root: tree.root)))
        let client = try server.client()
        let first = try await client.exchange(get("/app.js"))
        let stamp = try #require(first.headers["Last-Modified"])
        #expect(stamp.hasSuffix(" GMT"))
        #expect(first.headers["Accept-Ranges"] == "bytes")
        #expect(first.headers.values(for: "Last-Modified").count == 1)
        // A part of the file carries the same date (the whole-file fields are made at load).
        let part = try await client.exchange(get("/app.js", "Range: bytes=0-0\r\n"))
        #expect(part.status == 206 && part.headers["Last-Modified"] == stamp && part.body.count == 1)
        #expect(try await client.exchange(get("/app.js", "If-Modified-Since: \(stamp)\r\n")).status == 304)
        #expect(try await client.exchange(get("/app.js", "If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n")).status == 200)
        // If-None-Match takes precedence: a non-matching tag means 200 whatever the date.
        #expect(try await client.exchange(get("/app.js", "If-Modified-Since: \(stamp)\r\nIf-None-Match: \"other\"\r\n")).status == 200)
        #expect(try await client.exchange(get("/app.js", "If-Modified-Since: garbage\r\n")).status == 200)
        await server.stop()
        _ = tree
    }
}
