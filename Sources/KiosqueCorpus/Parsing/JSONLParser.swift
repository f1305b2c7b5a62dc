import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Articles in JSON Lines: one JSON object per line (schema in `docs/jsonl.md`):
///
/// ```json
/// {"title": "…", "paragraphs": ["…"], "id": "…", "published": "2021-11-19",
///  "dateline": "Moscou, 19 novembre (RHC)", "author": "…", "agency": "RHC", "source": "…",
///  "url": "https://…", "publisher": "…"}
/// ```
///
/// `title` and a non-empty `paragraphs` are required; `dateline` is parsed like the seed
/// format's (place, day, month, year). `published` is an ISO 8601 date or date-time; `date`,
/// `publishedAt` and `datePublished` are read as aliases (each reported once per file).
/// A bad line is reported as `path:line: what is wrong`.
public enum JSONLParser {
    /// Longest line accepted; longer lines are refused without being decoded.
    public static let maxLineBytes = 8 << 20
    /// Other names for `published`, as other news feeds spell it.
    public static let publishedAliases = ["date", "publishedAt", "datePublished"]

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
        var published: String?
        /// The alias `published` was read from, when it was not spelled `published`.
        var publishedAlias: String?

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
                if name == "published" || JSONLParser.publishedAliases.contains(name) {
                    switch value {
                    case .string(let text):
                        // `published` wins over an alias; the first alias over later ones.
                        if name == "published" || published == nil {
                            published = text
                            publishedAlias = name == "published" ? nil : name
                        }
                    case .null: continue
                    default: throw JSONObjectReader.Failure(message: "field '\(name)' has the wrong type: expected an ISO 8601 date string")
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
    /// `notes` says, once per alias, that a date was read from it (at its first line).
    public static func parse(_ bytes: [UInt8], path: String) -> (articles: [Article], errors: [ArticleParseError], notes: [LoadReport.Issue]) {
        let lines = lineRanges(of: bytes)
        let chunkSize = max(256, lines.count / 32)
        let chunks = (lines.count + chunkSize - 1) / chunkSize
        var results = [[Result<Parsed, ArticleParseError>?]](repeating: [], count: chunks)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer  // each chunk writes its own element
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var parsed: [Result<Parsed, ArticleParseError>?] = []
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
        var notes: [LoadReport.Issue] = []
        articles.reserveCapacity(lines.count)
        for chunk in results {
            for result in chunk {
                switch result {
                case .success(let parsed):
                    articles.append(parsed.article)
                    if let alias = parsed.alias, !notes.contains(where: { $0.message.contains("'\(alias)'") }) {
                        notes.append(LoadReport.Issue(location: parsed.article.origin,
                                                      message: "publication dates read from field '\(alias)' (an alias of 'published')"))
                    }
                case .failure(let error): errors.append(error)
                case nil: continue
                }
            }
        }
        return (articles, errors, notes)
    }

    /// A parsed line, with the alias its date was read from.
    struct Parsed {
        let article: Article
        let alias: String?
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

    static func parseLine(_ line: ArraySlice<UInt8>, location: SourceLocation) -> Result<Parsed, ArticleParseError> {
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
        let parsedDateline = record.dateline.flatMap { raw in Byline.dateline(raw + " x") }
        let dateline = parsedDateline?.dateline ?? record.dateline.map { Dateline(raw: $0, place: nil, day: nil, month: nil) }
        if let parsedDateline, let problem = Byline.datelineProblem(parsedDateline.dateline, year: parsedDateline.year) {
            return .failure(ArticleParseError(location, problem))
        }
        var published = Byline.publication(parsedDateline?.dateline, year: parsedDateline?.year)
        if let text = record.published, !SeedParser.trim(text).isEmpty {  // "" is no date, like null
            guard let date = PublicationDate(iso: SeedParser.trim(text)) else {
                let name = record.publishedAlias ?? "published"
                return .failure(ArticleParseError(location, "field '\(name)' is not a possible ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ): '\(text.prefix(40))'"))
            }
            published = date
        }
        let id = record.id.map(SeedParser.trim).flatMap { $0.isEmpty ? nil : $0 }
            ?? ArticleID.make(url: record.url, title: title, paragraphs: paragraphs)
        let article = Article(id: id, title: title, dateline: dateline, author: record.author, agency: record.agency,
                              source: record.source, url: record.url, publisher: record.publisher,
                              paragraphs: paragraphs, origin: location, published: published)
        return .success(Parsed(article: article, alias: record.published == nil ? nil : record.publishedAlias))
    }
}
