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

    /// A cached body, or its indented form for `?pretty`.
    func cached(_ body: PreparedBody, request: HTTPRequest) -> HTTPResponse {
        if QueryParameters(request.queryItems).has("pretty") {
            var headers = corsHeaders
            headers.add("Cache-Control", cacheControl)
            headers.add("ETag", body.etag)
            return .json(bytes: JSONPrettyPrinter.indent(body.identity.array), headers: headers)
        }
        return .prepared(body, headers: corsHeaders)
    }

    var corsHeaders: HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add("Access-Control-Allow-Origin", configuration.corsOrigin)
        if configuration.corsOrigin != "*" { headers.add("Vary", "Origin") }
        return headers
    }

    func problem(_ error: APIError) -> HTTPResponse {
        var extra: [(String, String)] = []
        if let parameter = error.parameter { extra.append(("parameter", parameter)) }
        return .problem(HTTPStatus(code: error.status), detail: error.detail, title: error.title, extra: extra, headers: corsHeaders)
    }
}
