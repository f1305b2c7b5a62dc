import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Loads articles from files and directories into a `Corpus`, reporting every problem as
/// `path:line: what is wrong` and never losing the good articles because of a bad one.
public enum CorpusLoader {
    /// Refused when `strict` is set and any input had a problem (the executable exits 2).
    public struct StrictError: Error, CustomStringConvertible {
        public let problems: [LoadReport.Issue]
        public var description: String {
            "\(problems.count) problem(s) in the articles:\n" + problems.map(\.description).joined(separator: "\n")
        }
    }

    /// Files larger than this are refused unread (a seed article is a few kilobytes).
    public static let maxSeedFileBytes = 4 << 20
    public static let maxJSONLFileBytes = 2 << 30

    /// Loads every `.txt`/`.md` seed file and `.jsonl` file in `paths` (directories are read
    /// non-recursively, sorted by name). Duplicates (same id or URL) are loaded once.
    public static func load(paths: [String], strict: Bool = false) throws(StrictError) -> Corpus {
        let started = DispatchTime.now().uptimeNanoseconds
        let files = paths.flatMap(expand).sorted()
        var results = [FileResult](repeating: FileResult(), count: files.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer  // each iteration writes its own element
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                output[index] = read(files[index])
            }
        }
        var report = LoadReport(filesRead: files.count)
        let total = results.reduce(0) { $0 + $1.articles.count }
        var articles: [Article] = []
        articles.reserveCapacity(total)
        var seenIDs: [String: SourceLocation] = Dictionary(minimumCapacity: total)
        var seenURLs: [String: SourceLocation] = Dictionary(minimumCapacity: total)
        for result in results {
            report.skipped += result.errors.map { LoadReport.Issue(location: $0.location, message: $0.message) }
            report.notes += result.notes
            for var article in result.articles {
                if !ArticleID.isSafe(article.id) {
                    var safe = ArticleID.slug(article.id, title: article.title, paragraphs: article.paragraphs.strings)
                    // Two unsafe ids may slug alike (`a/b`, `a?b`): the later one gets a number, not dropped.
                    var suffix = 2
                    while seenIDs[safe] != nil { safe = ArticleID.slug(article.id, title: article.title, paragraphs: article.paragraphs.strings) + "-\(suffix)"; suffix += 1 }
                    report.notes.append(LoadReport.Issue(location: article.origin,
                                                         message: "id '\(article.id.prefix(80))' has characters outside A-Z a-z 0-9 - _ . ~; loaded as '\(safe)'"))
                    article = article.withID(safe)
                }
                if let first = seenIDs[article.id] ?? article.url.flatMap({ seenURLs[$0] }) {
                    report.duplicates.append(LoadReport.Issue(location: article.origin,
                                                              message: "duplicate of the article at \(first) (id \(article.id)); loaded once"))
                    continue
                }
                seenIDs[article.id] = article.origin
                if let url = article.url { seenURLs[url] = article.origin }
                articles.append(article)
            }
        }
        results = []
        FreedMemory.returnToSystem()
        report.articlesLoaded = articles.count
        report.parseSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        if strict && !report.skipped.isEmpty { throw StrictError(problems: report.skipped) }
        return Corpus(articles: articles, loadReport: report)
    }

    struct FileResult {
        var articles: [Article] = []
        var errors: [ArticleParseError] = []
        var notes: [LoadReport.Issue] = []
    }

    /// A path as the list of article files it names.
    static func expand(_ path: String) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [path] }  // reported as unreadable later
        guard (info.st_mode & S_IFMT) == S_IFDIR, let directory = opendir(path) else { return [path] }
        defer { closedir(directory) }
        var files: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix("."), name.hasSuffix(".txt") || name.hasSuffix(".md") || name.hasSuffix(".jsonl") else { continue }
            files.append(path + (path.hasSuffix("/") ? "" : "/") + name)
        }
        return files
    }

    static func read(_ path: String) -> FileResult {
        let isJSONL = path.hasSuffix(".jsonl")
        let limit = isJSONL ? maxJSONLFileBytes : maxSeedFileBytes
        let bytes: [UInt8]
        switch FileReader.read(path, limit: limit) {
        case .success(let data): bytes = data
        case .failure(let message): return FileResult(errors: [ArticleParseError(SourceLocation(path: path, line: 1), message)])
        }
        if isJSONL {
            let parsed = JSONLParser.parse(bytes, path: path)
            return FileResult(articles: parsed.articles, errors: parsed.errors, notes: parsed.notes)
        }
        do {
            return FileResult(articles: [try SeedParser.parse(bytes, path: path)])
        } catch {
            return FileResult(errors: [error])
        }
    }
}

/// Whole-file reads with a size limit and errno-based messages.
enum FileReader {
    enum Outcome {
        case success([UInt8])
        case failure(String)
    }

    static func read(_ path: String, limit: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure("cannot open: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure("cannot stat: \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure("not a regular file") }
        guard Int(info.st_size) <= limit else { return .failure("file of \(info.st_size) bytes is over the \(limit)-byte limit") }
        // Read straight into uninitialized storage: zeroing it first was a serial pass over
        // the whole file (a quarter of a gigabyte at 100,000 articles) before parsing.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, initialized in
            while initialized < buffer.count, let base = buffer.baseAddress {
                let count = Glibc.read(descriptor, base + initialized, buffer.count - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if count == 0 { break }  // the file shrank while read
                initialized += count
            }
        }
        guard failure == 0 else { return .failure("read error: \(String(cString: strerror(failure)))") }
        return .success(bytes)
    }
}
