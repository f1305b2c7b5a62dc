import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch

/// The parsers (and the entity extractor) a fuzz run can drive; `Fuzz/run.sh` picks one with `KIOSQUE_FUZZ_TARGET`.
enum FuzzTarget: String, CaseIterable {
    case requestHead = "request-head"
    case chunked
    case queryString = "query-string"
    case searchQuery = "search-query"
    case seed
    case jsonl
    case entities

    func run(_ bytes: [UInt8]) {
        switch self {
        case .requestHead:
            HTTPParserFuzzing.requestHead(bytes)
        case .chunked:
            HTTPParserFuzzing.chunked(bytes)
        case .queryString:
            // The target as the HTTP layer decodes it, then every typed accessor the API uses.
            let parameters = QueryParameters(HTTPParserFuzzing.requestTarget([UInt8(ascii: "/")] + bytes))
            _ = try? parameters.searchText("q", what: "query")
            _ = try? parameters.ids("id")
            _ = try? parameters.int("limit", default: 10, in: 1...100)
            _ = try? parameters.choice("sort", ["relevance", "date"], default: "relevance")
            _ = try? parameters.dateRange()
            _ = try? parameters.onlyAllowing(["q", "id", "limit", "sort", "from", "to", "source"])
            _ = try? parameters.short("source")
        case .searchQuery:
            QueryParserFuzzing.parse(String(decoding: bytes, as: UTF8.self))
        case .seed:
            _ = try? SeedParser.parse(bytes, path: "fuzz.txt")
        case .jsonl:
            _ = JSONLParser.parse(bytes, path: "fuzz.jsonl")
        case .entities:
            // First line the title, each later line a paragraph, as an article reaches the extractor.
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            _ = EntityExtractor().extract(title: lines.first ?? "", paragraphs: Array(lines.dropFirst()))
        }
    }
}
