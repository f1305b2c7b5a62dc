import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch

/// Everything a handler reads: immutable after start, shared by all I/O queues.
struct APIContext: Sendable {
    let corpus: Corpus
    let index: SearchIndex
    let configuration: APIConfiguration
    let status: ServiceStatus
    let metrics: Metrics
    let cache: ResponseCache
    let loadSeconds: Double
    /// On every API response, errors included: who may read it, and that a page may read
    /// its `ETag` (not a CORS-safelisted header) to revalidate. Built once: they depend only
    /// on the configuration, and the hot JSON route would otherwise build them per request.
    let corsHeaders: HTTPHeaders

    init(corpus: Corpus, index: SearchIndex, configuration: APIConfiguration, status: ServiceStatus,
         metrics: Metrics, cache: ResponseCache, loadSeconds: Double) {
        self.corpus = corpus
        self.index = index
        self.configuration = configuration
        self.status = status
        self.metrics = metrics
        self.cache = cache
        self.loadSeconds = loadSeconds
        var headers = HTTPHeaders()
        headers.add("Access-Control-Allow-Origin", configuration.corsOrigin)
        headers.add("Access-Control-Expose-Headers", "ETag")
        if configuration.corsOrigin != "*" { headers.add("Vary", "Origin") }
        corsHeaders = headers
    }

    var cacheControl: String { "public, max-age=\(configuration.cacheMaxAge)" }

    /// A prepared JSON body for a fixed resource.
    func prepared(_ json: JSONWriter) -> PreparedBody {
        PreparedBody(bytes: json.bytes, contentType: "application/json", cacheControl: cacheControl)
    }

    /// The response for a computed JSON value: `?pretty` indents it; a strong ETag lets
    /// clients revalidate even dynamic results.
    /// `entityTag` replaces the hash of the bytes (a search hashes its answer without its timing).
    func json(_ json: JSONWriter, request: HTTPRequest, cacheControl: String? = nil, etag: Bool = true,
              entityTag: String? = nil) -> HTTPResponse {
        let query = QueryParameters(request.queryItems)
        let pretty = query.has("pretty")
        let bytes = pretty ? JSONPrettyPrinter.indent(json.bytes) : json.bytes
        var headers = corsHeaders
        headers.add("Cache-Control", cacheControl ?? self.cacheControl)
        if let entityTag {
            headers.add("ETag", "\"\(entityTag)\(pretty ? "p" : "")\"")
        } else if etag {
            headers.add("ETag", "\"\(ContentHash.fnv1a64(bytes))\"")
        }
        return .json(bytes: bytes, headers: headers)
    }

    /// A cached body, or its indented form for `?pretty` (other bytes, so its own ETag).
    func cached(_ body: PreparedBody, request: HTTPRequest) -> HTTPResponse {
        if QueryParameters(request.queryItems).has("pretty") {
            let bytes = JSONPrettyPrinter.indent(body.identity.array)
            var headers = corsHeaders
            headers.add("Cache-Control", cacheControl)
            headers.add("ETag", "\"\(ContentHash.fnv1a64(bytes))\"")
            return .json(bytes: bytes, headers: headers)
        }
        return .prepared(body, headers: corsHeaders)
    }

    /// Request headers the API reads, which a cross-site page may send.
    static let corsRequestHeaders = "Accept, Accept-Encoding, If-None-Match, If-Modified-Since, Cache-Control"

    /// `OPTIONS` on an API path: a CORS preflight answer (any `OPTIONS` gets it, so that a
    /// plain one still learns `Allow`).
    func preflight() -> HTTPResponse {
        var headers = corsHeaders
        headers.add("Allow", "GET, HEAD, OPTIONS")
        headers.add("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        headers.add("Access-Control-Allow-Headers", Self.corsRequestHeaders)
        headers.add("Access-Control-Max-Age", "86400")
        return HTTPResponse(status: .noContent, headers: headers)
    }

    /// The repeatable `entity` filter: each value an entity id (`la-havane`), or a name that
    /// folds to one (`La Havane`); an unknown one stays as given and matches nothing.
    func entityFilter(_ query: QueryParameters) throws(APIError) -> [String] {
        try query.ids("entity").map { value in
            corpus.entity(id: value) != nil ? value : (corpus.entity(id: Slug.make(value))?.id ?? value)
        }
    }

    func problem(_ error: APIError) -> HTTPResponse {
        var extra: [(String, String)] = []
        if let parameter = error.parameter { extra.append(("parameter", parameter)) }
        return .problem(HTTPStatus(code: error.status), detail: error.detail, title: error.title, extra: extra, headers: corsHeaders)
    }
}
