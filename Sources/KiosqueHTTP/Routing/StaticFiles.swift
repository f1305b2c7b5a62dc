#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves a directory loaded into memory once at start: every file prepared (gzip, strong
/// ETag), `index.html` for directories, single byte ranges. Nothing is read from disk per
/// request, so nothing outside the root can be reached through a crafted path: only loaded
/// files exist, and a symlink leading out of the root is not loaded at all.
public struct StaticFiles: HTTPResponder {
    private let files: [String: PreparedBody]
    /// Directories (as `/dir`) that have an index, to redirect `/dir` to `/dir/`.
    private let directories: Set<String>
    /// Each file's modification time: seconds since 1970, the `Last-Modified` text, and the
    /// fields of a whole-file answer, made once at load (per request, building them cost more
    /// than the lookup).
    private let modified: [String: (seconds: Int, text: String, fields: HTTPHeaders)]
    private let cacheControl: String

    /// Number of files loaded.
    public var count: Int { files.count }

    /// Loads every regular file under `root` (following no link out of it).
    public init(root: String, cacheControl: String = "public, max-age=300", maxFileBytes: Int = 64 << 20) throws {
        guard let realRoot = Self.realPath(root) else {
            throw Socket.Failure(call: "realpath(\(root))", code: errno)
        }
        var files: [String: PreparedBody] = [:]
        var directories: Set<String> = []
        var walked: Set<String> = [realRoot]
        var modified: [String: Int] = [:]
        Self.walk(directory: realRoot, urlPath: "", root: realRoot, maxFileBytes: maxFileBytes, cacheControl: cacheControl,
                  files: &files, directories: &directories, walked: &walked, modified: &modified, depth: 0)
        self.files = files
        self.modified = modified.mapValues { seconds in
            let text = HTTPDateCache.format(time_t(seconds))
            return (seconds: seconds, text: text, fields: ["Accept-Ranges": "bytes", "Last-Modified": text])
        }
        self.directories = directories
        self.cacheControl = cacheControl
    }

    /// Every file is in memory: always answered on the I/O queue.
    public func respondInline(to request: HTTPRequest) -> HTTPResponse? {
        respond(to: request)
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == .get || request.method == .head || request.method == .options else {
            if lookup(request.path) != nil {
                return .problem(.methodNotAllowed, detail: "Static files accept GET and HEAD.", headers: ["Allow": "GET, HEAD, OPTIONS"])
            }
            return .problem(.notFound, detail: "No resource at this path.")
        }
        let path = request.path
        if directories.contains(path) {
            let query = request.query.map { "?\($0)" } ?? ""
            return HTTPResponse(status: .movedPermanently, headers: ["Location": request.rawPath + "/" + query])
        }
        guard let body = lookup(path) else { return .problem(.notFound, detail: "No resource at this path.") }
        if request.method == .options {
            return HTTPResponse(status: .noContent, headers: ["Allow": "GET, HEAD, OPTIONS"])
        }
        let key = path.hasSuffix("/") ? path + "index.html" : path
        let fileTime = modified[key]
        let lastModified = fileTime?.text
        // RFC 9110 §13.1.3: If-Modified-Since counts only without If-None-Match.
        if let mtime = fileTime?.seconds, request.headers["If-None-Match"] == nil,
           let since = request.headers["If-Modified-Since"].flatMap(HTTPDateCache.parse), mtime <= since {
            var headers: HTTPHeaders = ["ETag": body.etag, "Cache-Control": cacheControl]
            if let lastModified { headers.add("Last-Modified", lastModified) }
            return HTTPResponse(status: .notModified, headers: headers)
        }
        guard let range = request.headers["Range"], request.method == .get || request.method == .head else {
            return HTTPResponse(status: .ok, headers: fileTime?.fields ?? ["Accept-Ranges": "bytes"], body: .prepared(body))
        }
        var response = ranged(body, range: range, ifRange: request.headers["If-Range"])
        if let lastModified, response.status.code == 200 || response.status.code == 206 {
            response.headers.add("Last-Modified", lastModified)
        }
        return response
    }

    private func lookup(_ path: String) -> PreparedBody? {
        // Only loaded files can match, and no loaded name is `.` or `..` (the walk skips every
        // dot name), so traversal segments never name one; backslashes are refused outright.
        if path.utf8.contains(UInt8(ascii: "\\")) { return nil }
        if path.hasSuffix("/") { return files[path + "index.html"] }
        return files[path]
    }

    /// A single byte range (RFC 9110 §14): 206 with `Content-Range`, or 416. Several ranges
    /// or an unparsable header: the whole file (a server may ignore Range).
    private func ranged(_ body: PreparedBody, range: String, ifRange: String?) -> HTTPResponse {
        let full = HTTPResponse(status: .ok, headers: ["Accept-Ranges": "bytes"], body: .prepared(body))
        if let ifRange, ifRange != body.etag { return full }
        let length = body.identity.count
        guard let spec = ByteRange.parse(range) else { return full }
        guard let bounds = spec.resolve(length: length) else {
            return HTTPResponse.problem(.rangeNotSatisfiable, detail: "The range is outside the \(length)-byte file.",
                                        headers: ["Content-Range": "bytes */\(length)", "Accept-Ranges": "bytes"])
        }
        let slice = Array(UnsafeRawBufferPointer(start: body.identity.base + bounds.lowerBound, count: bounds.count))
        return HTTPResponse(status: .partialContent,
                            headers: ["Content-Type": body.contentType, "ETag": body.etag,
                                      "Content-Range": "bytes \(bounds.lowerBound)-\(bounds.upperBound - 1)/\(length)",
                                      "Accept-Ranges": "bytes", "Cache-Control": cacheControl],
                            body: .bytes(slice))
    }

    private static func walk(directory: String, urlPath: String, root: String, maxFileBytes: Int, cacheControl: String,
                             files: inout [String: PreparedBody], directories: inout Set<String>,
                             walked: inout Set<String>, modified: inout [String: Int], depth: Int) {
        guard depth < 32, let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            let fullPath = directory + "/" + name
            // Resolve links and refuse anything that ends up outside the root.
            guard let real = realPath(fullPath), real == root || real.hasPrefix(root + "/") else { continue }
            var info = stat()
            guard stat(real, &info) == 0 else { continue }
            let url = urlPath + "/" + name
            if (info.st_mode & S_IFMT) == S_IFDIR {
                // Each real directory is walked once: symlink loops (or many links to one
                // directory) would otherwise make start-up exponential.
                guard walked.insert(real).inserted else { continue }
                walk(directory: real, urlPath: url, root: root, maxFileBytes: maxFileBytes, cacheControl: cacheControl,
                     files: &files, directories: &directories, walked: &walked, modified: &modified, depth: depth + 1)
                if files[url + "/index.html"] != nil { directories.insert(url) }
            } else if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= maxFileBytes, let bytes = readFile(real) {
                files[url] = PreparedBody(bytes: bytes, contentType: MediaTypes.type(forFileName: name), cacheControl: cacheControl)
                modified[url] = Int(info.st_mtim.tv_sec)
            }
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(decoding: UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)), as: UTF8.self)
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue } else { return nil } }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

/// `bytes=first-last`, `bytes=first-` or `bytes=-suffix` (RFC 9110 §14.1.2).
struct ByteRange: Equatable {
    let first: Int?
    let last: Int?

    static func parse(_ header: String) -> ByteRange? {
        let text = ASCII.trimmed(header[...])
        guard text.hasPrefix("bytes="), !text.contains(",") else { return nil }
        let spec = text.dropFirst(6)
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        func position(_ digits: Substring) -> Int?? {
            if digits.isEmpty { return .some(nil) }
            guard digits.utf8.count <= 18, digits.utf8.allSatisfy(ASCII.isDigit), let value = Int(digits) else { return nil }
            return .some(value)
        }
        guard let first = position(parts[0]), let last = position(parts[1]) else { return nil }
        if first == nil && last == nil { return nil }
        if let first, let last, last < first { return nil }
        return ByteRange(first: first, last: last)
    }

    /// The satisfiable byte bounds within a `length`-byte representation, or nil (416).
    func resolve(length: Int) -> Range<Int>? {
        if let first {
            guard first < length else { return nil }
            let end = min(length - 1, last ?? length - 1)
            return first..<(end + 1)
        }
        guard let suffix = last, suffix > 0, length > 0 else { return nil }
        return max(0, length - suffix)..<length
    }
}
