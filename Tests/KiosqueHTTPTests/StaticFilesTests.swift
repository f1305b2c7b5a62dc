import KiosqueHTTP
import KiosqueTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Static files: index, MIME types, ETags, ranges, and no way out of the root.
@Suite struct StaticFilesTests {
    /// A temporary tree: root/{index.html, app.js, style.css, data.json, docs/index.html, big.txt},
    /// plus a secret file beside the root and a symlink inside pointing to it.
    final class Tree {
        let base: String
        var root: String { base + "/public" }

        init() throws {
            var template = Array("/tmp/kiosque-static-XXXXXX".utf8CString)
            guard let made = mkdtemp(&template) else { throw ClientError("mkdtemp failed") }
            base = String(decoding: UnsafeRawBufferPointer(start: made, count: strlen(made)), as: UTF8.self)
            mkdir(root, 0o755)
            mkdir(root + "/docs", 0o755)
            try write("<!doctype html><title>Accueil</title>", to: root + "/index.html")
            try write("console.log('bonjour')", to: root + "/app.js")
            try write("body{color:#111}", to: root + "/style.css")
            try write("{\"a\":1}", to: root + "/data.json")
            try write("docs", to: root + "/docs/index.html")
            try write(String(repeating: "0123456789", count: 300), to: root + "/big.txt")
            try write("top secret", to: base + "/secret.txt")
            symlink(base + "/secret.txt", root + "/leak.txt")
            symlink(base, root + "/up")
        }

        func write(_ text: String, to path: String) throws {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw ClientError("open \(path) failed") }
            defer { close(descriptor) }
            _ = Array(text.utf8).withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        }

        deinit {
            for path in ["/docs/index.html", "/index.html", "/app.js", "/style.css", "/data.json", "/big.txt", "/leak.txt", "/up"] {
                unlink(root + path)
            }
            rmdir(root + "/docs")
            rmdir(root)
            unlink(base + "/secret.txt")
            rmdir(base)
        }
    }

    func withServer(_ body: (TestServer) async throws -> Void) async throws {
        let tree = try Tree()
        let files = try StaticFiles(root: tree.root)
        let server = try TestServer(responder: TestServer.defaultResponder(fallback: files))
        try await body(server)
        await server.stop()
        _ = tree
    }

    @Test func servesIndexForTheRootAndDirectories() async throws {
        try await withServer { server in
            let client = try server.client()
            let root = try await client.exchange(get("/"))
            #expect(root.status == 200)
            #expect(root.text.contains("Accueil"))
            #expect(try await client.exchange(get("/docs/")).text == "docs")
            let redirect = try await client.exchange(get("/docs"))
            #expect(redirect.status == 301)
            #expect(redirect.headers["Location"] == "/docs/")
        }
    }

    @Test(arguments: [
        ("/index.html", "text/html; charset=utf-8"), ("/app.js", "text/javascript; charset=utf-8"),
        ("/style.css", "text/css; charset=utf-8"), ("/data.json", "application/json"), ("/big.txt", "text/plain; charset=utf-8"),
    ])
    func contentTypes(path: String, type: String) async throws {
        try await withServer { server in
            let response = try await server.client().exchange(get(path))
            #expect(response.status == 200)
            #expect(response.headers["Content-Type"] == type)
            #expect(response.headers["ETag"]?.hasPrefix("\"") == true)
        }
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/docs/../../secret.txt", "/..%2fsecret.txt",
        "/..%5csecret.txt", "/docs\\..\\..\\secret.txt", "/leak.txt", "/up/secret.txt", "/./index.html", "/%2e/index.html",
    ])
    func traversalAttemptsAre404(path: String) async throws {
        try await withServer { server in
            let response = try await server.client().exchange(get(path))
            #expect(response.status == 404, "\(path)")
            #expect(!response.text.contains("top secret"))
        }
    }

    @Test func singleRangeGives206() async throws {
        try await withServer { server in
            let client = try server.client()
            let partial = try await client.exchange(get("/big.txt", "Range: bytes=10-19\r\n"))
            #expect(partial.status == 206)
            #expect(partial.text == "0123456789")
            #expect(partial.headers["Content-Range"] == "bytes 10-19/3000")
            let suffix = try await client.exchange(get("/big.txt", "Range: bytes=-5\r\n"))
            #expect(suffix.text == "56789")
            #expect(suffix.headers["Content-Range"] == "bytes 2995-2999/3000")
            let open = try await client.exchange(get("/big.txt", "Range: bytes=2998-\r\n"))
            #expect(open.text == "89")
        }
    }

    @Test func unsatisfiableRangeGives416() async throws {
        try await withServer { server in
            let response = try await server.client().exchange(get("/big.txt", "Range: bytes=5000-6000\r\n"))
            #expect(response.status == 416)
            #expect(response.headers["Content-Range"] == "bytes */3000")
        }
    }

    @Test func multipleOrInvalidRangesGiveTheWholeFile() async throws {
        try await withServer { server in
            let client = try server.client()
            #expect(try await client.exchange(get("/big.txt", "Range: bytes=0-1,5-6\r\n")).status == 200)
            #expect(try await client.exchange(get("/big.txt", "Range: lines=1-2\r\n")).status == 200)
            let etag = try #require(try await client.exchange(get("/big.txt")).headers["ETag"])
            #expect(try await client.exchange(get("/big.txt", "Range: bytes=0-1\r\nIf-Range: \"stale\"\r\n")).status == 200)
            #expect(try await client.exchange(get("/big.txt", "Range: bytes=0-1\r\nIf-Range: \(etag)\r\n")).status == 206)
        }
    }

    @Test func staticFilesAreGzippedWhenAccepted() async throws {
        try await withServer { server in
            let response = try await server.client().exchange(get("/big.txt", "Accept-Encoding: gzip\r\n"))
            #expect(response.headers["Content-Encoding"] == "gzip")
            #expect(Gzip.decompress(response.body).map { String(decoding: $0, as: UTF8.self) } == String(repeating: "0123456789", count: 300))
        }
    }
}
