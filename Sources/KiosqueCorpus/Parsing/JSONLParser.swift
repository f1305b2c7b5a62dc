import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Articles in JSON Lines: one JSON object per line (schema in `docs/jsonl.md`):
///
/// ```json
/// {"title": "…", "paragraphs": ["…"], "id": "…", "dateline": "Moscou, 19 novembre (RHC)",
///  "author": "…", "agency": "RHC", "source": "…", "url": "https://…", "publisher": "…"}
/// ```
///
/// `title` and a non-empty `paragraphs` are required; `dateline` is parsed like the seed
/// format's (place, day, month). A bad line is reported as `path:line: what is wrong`.
public enum JSONLParser {
    /// Longest line accepted; longer lines are refused without being decoded.
    public static let maxLineBytes = 8 << 20

    /// The fields of one line, as `docs/jsonl.md` lists them.
    struct Record {
        var id: String?
        var title: String?
        var dateline: String?
        var author: String?
        var agency: String?
        var source: String?
        var url: String?
        var publisher: String?
        var paragraphs: [String]?

        /// The record in `line`, or what is wrong with it.
        init(_ line: UnsafeBufferPointer<UInt8>) throws(JSONObjectReader.Failure) {
            let members = try JSONObjectReader.members(of: line)
            for (name, value) in members {
                if name == "paragraphs" {
                    switch value {
                    case .strings(let strings): paragraphs = strings
                    case .null: paragraphs = nil
                    default: throw JSONObjectReader.Failure(message: "field 'paragraphs' has the wrong type")
                    }
                    continue
                }
                let field: WritableKeyPath<Record, String?>
                switch name {
                case "id": field = \.id
                case "title": field = \.title
                case "dateline": field = \.dateline
                case "author": field = \.author
                case "agency": field = \.agency
                case "source": field = \.source
                case "url": field = \.url
                case "publisher": field = \.publisher
                default: continue  // unknown fields are ignored
                }
                switch value {
                case .string(let text): self[keyPath: field] = text
                case .null: self[keyPath: field] = nil
                default: throw JSONObjectReader.Failure(message: "field '\(name)' has the wrong type")
                }
            }
        }
    }

    /// Parses every line of `bytes` (in parallel chunks: one JSONL file may hold the whole
    /// corpus); returns the articles and the errors of the bad lines, in line order.
    public static func parse(_ bytes: [UInt8], path: String) -> (articles: [Article], errors: [ArticleParseError]) {
        let lines = lineRanges(of: bytes)
        let chunkSize = max(256, lines.count / 32)
        let chunks = (lines.count + chunkSize - 1) / chunkSize
        var results = [[Result<Article, ArticleParseError>?]](repeating: [], count: chunks)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer  // each chunk writes its own element
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var parsed: [Result<Article, ArticleParseError>?] = []
                for lineIndex in (chunk * chunkSize)..<min(lines.count, (chunk + 1) * chunkSize) {
                    var line = bytes[lines[lineIndex]]
                    if line.last == 0x0D { line = line.dropLast() }
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { parsed.append(nil); continue }
                    parsed.append(parseLine(line, location: SourceLocation(path: path, line: lineIndex + 1)))
                }
                output[chunk] = parsed
            }
        }
        var articles: [Article] = []
        var errors: [ArticleParseError] = []
        articles.reserveCapacity(lines.count)
        for chunk in results {
            for result in chunk {
                switch result {
                case .success(let article): articles.append(article)
                case .failure(let error): errors.append(error)
                case nil: continue
                }
            }
        }
        return (articles, errors)
    }

    /// Where each line of `bytes` is, its `\n` left out (`memchr` finds them: this runs
    /// over the whole file on one core, before the parallel part).
    static func lineRanges(of bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                guard let found = memchr(base + start, 0x0A, buffer.count - start) else {
                    ranges.append(start..<buffer.count)
                    break
                }
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                ranges.append(start..<end)
                start = end + 1
            }
        }
        return ranges
    }

    static func parseLine(_ line: ArraySlice<UInt8>, location: SourceLocation) -> Result<Article, ArticleParseError> {
        if line.count > maxLineBytes {
            return .failure(ArticleParseError(location, "line of \(line.count) bytes is longer than the \(maxLineBytes)-byte limit"))
        }
        let parsed = line.withUnsafeBufferPointer { buffer -> Result<Record, JSONObjectReader.Failure> in
            do throws(JSONObjectReader.Failure) { return .success(try Record(buffer)) } catch { return .failure(error) }
        }
        let record: Record
        switch parsed {
        case .success(let value): record = value
        case .failure(let problem): return .failure(ArticleParseError(location, problem.message))
        }
        guard let rawTitle = record.title else { return .failure(ArticleParseError(location, "missing required field 'title'")) }
        guard let rawParagraphs = record.paragraphs else { return .failure(ArticleParseError(location, "missing required field 'paragraphs'")) }
        let title = SeedParser.trim(rawTitle)
        let paragraphs = rawParagraphs.map(SeedParser.trim).filter { !$0.isEmpty }
        guard !title.isEmpty else { return .failure(ArticleParseError(location, "empty title")) }
        guard !paragraphs.isEmpty else { return .failure(ArticleParseError(location, "no non-empty paragraphs")) }
        let dateline = record.dateline.flatMap { raw in Byline.dateline(raw + " x")?.dateline }
            ?? record.dateline.map { Dateline(raw: $0, place: nil, day: nil, month: nil) }
        let id = record.id.map(SeedParser.trim).flatMap { $0.isEmpty ? nil : $0 }
            ?? ArticleID.make(url: record.url, title: title, paragraphs: paragraphs)
        return .success(Article(id: id, title: title, dateline: dateline, author: record.author, agency: record.agency,
                                source: record.source, url: record.url, publisher: record.publisher,
                                paragraphs: paragraphs, origin: location))
    }
}
