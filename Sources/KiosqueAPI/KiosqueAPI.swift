import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch

/// The REST API over a corpus: builds every cacheable response once (at start, or on its
/// first request), then routes requests.
public struct KiosqueAPI: Sendable {
    let context: APIContext
    let orders: ArticleOrders
    let similar: SimilarArticles
    /// Per article: its title's folded words (suggestions).
    let titleWords: TermLists

    /// Prepares the API: precomputes the first pages of the lists and the OpenAPI document;
    /// article and entity bodies are built on their first request.
    public init(corpus: Corpus, index: SearchIndex, configuration: APIConfiguration = APIConfiguration(),
                status: ServiceStatus, loadSeconds: Double = 0) {
        self.init(data: ServiceData(corpus: corpus), index: index, configuration: configuration, status: status, loadSeconds: loadSeconds)
    }

    /// Prepares the API over what a start loaded: a snapshot's prepared bodies are served
    /// from its mapping, otherwise they are built here.
    public init(data: ServiceData, index: SearchIndex, configuration: APIConfiguration = APIConfiguration(),
                status: ServiceStatus, loadSeconds: Double = 0) {
        let corpus = data.corpus
        let cacheControl = "public, max-age=\(configuration.cacheMaxAge)"
        let lists = data.lists ?? APILists(corpus: corpus)
        let orders = ArticleOrders(corpus, byTitle: lists.byTitle)
        self.orders = orders
        similar = SimilarArticles(corpus: corpus, titleTerms: lists.titleTerms)
        titleWords = lists.titleWords
        // Article bodies are built on their first request in either start (`ArticleBodies`);
        // entity bodies too in a raw start (`EntityBodies`), with the bytes a snapshot stores.
        let articles = ArticleBodies(corpus: corpus, cacheControl: cacheControl)
        let bodies: any PreparedBodies
        if var mapped = data.responses {
            mapped.cacheControl = cacheControl
            bodies = ServedBodies(prepared: mapped, articles: articles, entities: nil)
        } else {
            bodies = ServedBodies(prepared: MemoryBodies(listsOf: corpus, cacheControl: cacheControl, articleOrder: orders.newestFirst),
                                  articles: articles, entities: EntityBodies(corpus: corpus, cacheControl: cacheControl))
        }
        let cache = ResponseCache(corpus: corpus, bodies: bodies, cacheControl: cacheControl)
        context = APIContext(corpus: corpus, index: index, configuration: configuration, status: status, metrics: Metrics(),
                             cache: cache, loadSeconds: loadSeconds)
    }

    /// The router: API routes, then `fallback` (static files) for every other path.
    public func router(fallback: (any HTTPResponder)? = nil) -> Router {
        var builder = Router.Builder()
        let autocomplete = EntityAutocomplete(corpus: context.corpus)
        ArticleRoutes(context: context, orders: orders, similar: similar).register(in: &builder)
        EntityRoutes(context: context, autocomplete: autocomplete).register(in: &builder)
        SearchRoutes(context: context, autocomplete: autocomplete, titleWords: titleWords).register(in: &builder)
        ServiceRoutes(context: context).register(in: &builder)
        for pattern in Self.corsPatterns { builder.add(.options, pattern) { [context] _, _ in context.preflight() } }
        // An unknown API path is a problem+json 404 with CORS headers, not a static-file miss.
        // (The router does not backtrack: each level that has literal children needs its own.)
        for pattern in ["/api/*", "/api/v1/*", "/api/v1/articles/:id/*", "/api/v1/entities/:id/*"] {
            builder.get(pattern) { [context] _, _ in context.problem(.notFound("No API resource at this path.")) }
        }
        if let fallback { builder.fallback(fallback) }
        return builder.build()
    }

    /// The API's paths, which answer CORS preflights (static files and probes do not need to).
    static let corsPatterns = ["/api/v1/articles", "/api/v1/articles/:id", "/api/v1/articles/:id/similar",
                               "/api/v1/entities", "/api/v1/entities/:id", "/api/v1/entities/:id/articles", "/api/v1/entities/:id/related",
                               "/api/v1/entities/:id/mentions", "/api/v1/search", "/api/v1/suggest", "/api/v1/analyze",
                               "/api/v1/stats", "/openapi.json", "/.well-known/api-catalog"]

    /// Records a completed exchange in the Prometheus metrics (pass as the server's observer).
    public func record(_ exchange: HTTPExchangeRecord, route: String) {
        context.metrics.record(method: exchange.method, route: route, status: exchange.status, bytes: exchange.bytes,
                               microseconds: exchange.microseconds)
    }
}
