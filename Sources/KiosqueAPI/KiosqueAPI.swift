import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch

/// The REST API over a corpus: builds every cacheable response once, then routes requests.
public struct KiosqueAPI: Sendable {
    let context: APIContext

    /// Prepares the API: precomputes the responses of every fixed resource (articles,
    /// entities, first pages of lists, related entities, mentions, OpenAPI).
    public init(corpus: Corpus, index: SearchIndex, configuration: APIConfiguration = APIConfiguration(),
                status: ServiceStatus, loadSeconds: Double = 0) {
        let cacheControl = "public, max-age=\(configuration.cacheMaxAge)"
        let cache = ResponseCache(corpus: corpus, cacheControl: cacheControl, articleOrder: ArticleOrder.newestFirst(corpus))
        context = APIContext(corpus: corpus, index: index, configuration: configuration, status: status, metrics: Metrics(),
                             cache: cache, loadSeconds: loadSeconds)
    }

    /// The router: API routes, then `fallback` (static files) for every other path.
    public func router(fallback: (any HTTPResponder)? = nil) -> Router {
        var builder = Router.Builder()
        let autocomplete = EntityAutocomplete(corpus: context.corpus)
        ArticleRoutes(context: context, newestFirst: ArticleOrder.newestFirst(context.corpus)).register(in: &builder)
        EntityRoutes(context: context, autocomplete: autocomplete).register(in: &builder)
        SearchRoutes(context: context, autocomplete: autocomplete).register(in: &builder)
        ServiceRoutes(context: context).register(in: &builder)
        if let fallback { builder.fallback(fallback) }
        return builder.build()
    }

    /// Records a completed exchange in the Prometheus metrics (pass as the server's observer).
    public func record(_ exchange: HTTPExchangeRecord, route: String) {
        context.metrics.record(method: exchange.method, route: route, status: exchange.status, bytes: exchange.bytes,
                               microseconds: exchange.microseconds)
    }
}
