import Dispatch
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch

/// Every response for a fixed resource, computed once with its gzip bytes and a strong ETag:
/// articles, entities, their related entities and mentions (first page), the first pages of
/// the lists (`bodies`: built at start or on first request, or read from a snapshot), the
/// OpenAPI document and the API catalog.
final class ResponseCache: Sendable {
    let bodies: any PreparedBodies
    let openAPI: PreparedBody
    let apiCatalog: PreparedBody
    /// Finds a resource's position in its table.
    private let corpus: Corpus

    init(corpus: Corpus, bodies: any PreparedBodies, cacheControl: String) {
        self.corpus = corpus
        self.bodies = bodies
        openAPI = PreparedBody(bytes: OpenAPIDocument.bytes, contentType: "application/json", cacheControl: cacheControl)
        // RFC 9727: the catalog is a linkset (RFC 9264) naming the API's description.
        let catalog = #"{"linkset":[{"anchor":"/api/v1","service-desc":[{"href":"/openapi.json","type":"application/vnd.oai.openapi+json;version=3.1"}],"status":[{"href":"/readyz"}]}]}"#
        apiCatalog = PreparedBody(bytes: Array(catalog.utf8), contentType: "application/linkset+json", cacheControl: cacheControl)
    }

    func article(id: String) -> PreparedBody? {
        corpus.articleIndex(id: id).flatMap { bodies.body(.article, at: $0) }
    }

    func entity(id: String) -> PreparedBody? {
        corpus.entityIndex(id: id).flatMap { bodies.body(.entity, at: $0) }
    }

    func related(id: String) -> PreparedBody? {
        corpus.entityIndex(id: id).flatMap { bodies.body(.related, at: $0) }
    }

    func mentions(id: String) -> PreparedBody? {
        corpus.entityIndex(id: id).flatMap { bodies.body(.mentions, at: $0) }
    }

    /// Both lists have a body by construction (built, or checked when a snapshot is read).
    var articleList: PreparedBody? { bodies.body(.articleList, at: 0) }
    var entityList: PreparedBody? { bodies.body(.entityList, at: 0) }
}

extension MemoryBodies {
    /// Every entity's bodies and the lists' first pages, built on all cores: what a snapshot
    /// stores. The article table is left empty: article bodies are built on demand
    /// (`ArticleBodies`), in raw and snapshot starts alike.
    init(corpus: Corpus, cacheControl: String, articleOrder: [Int]) {
        let entityBodies = ResponseCache.concurrentMap(corpus.entities, context: { GzipDeflater() }) { deflater, entity in
            EntityBodyKind.allCases.map { EntityBodies.build($0, of: entity, corpus: corpus, cacheControl: cacheControl, deflater: deflater) }
        }
        let lists = Self(listsOf: corpus, cacheControl: cacheControl, articleOrder: articleOrder)
        self.init(tables: [[]] + EntityBodyKind.allCases.map { kind in entityBodies.map { $0[kind.rawValue] } }
                    + [lists.tables[BodyKind.articleList.rawValue], lists.tables[BodyKind.entityList.rawValue]])
    }

    /// The lists' first pages alone (a raw start builds entity bodies on demand: `EntityBodies`).
    init(listsOf corpus: Corpus, cacheControl: String, articleOrder: [Int]) {
        let firstPage = Paging.first
        let deflater = GzipDeflater()
        func prepare(_ build: (inout JSONWriter) -> Void) -> PreparedBody {
            var json = JSONWriter()
            build(&json)
            // Clients of a JSON API nearly all accept gzip: keep that form only (RSS at start).
            return PreparedBody(bytes: json.bytes, contentType: "application/json", cacheControl: cacheControl, keepIdentity: false,
                                deflater: deflater)
        }
        let articleList = prepare { json in
            ListEnvelope.write(articleOrder, paging: firstPage, into: &json) { json, index in
                corpus.writeSummary(corpus.articles[index], into: &json)
            }
        }
        let entityList = prepare { json in
            ListEnvelope.write(corpus.entities, paging: firstPage, into: &json) { json, entity in
                EntityRepresentation.summary(entity, into: &json)
            }
        }
        self.init(tables: [[], [], [], [], [articleList], [entityList]])
    }
}

extension ResponseCache {
    /// Items per iteration of `concurrentMap`: small, because items differ in cost by orders of
    /// magnitude (entities come most mentioned first; with 64 chunks the first one held most of
    /// the work and one core did it alone).
    static let itemsPerIteration = 8

    /// `transform` over `items` on all cores, results in order.
    static func concurrentMap<Items: RandomAccessCollection & Sendable, R>(_ items: Items, _ transform: @Sendable (Items.Element) -> R) -> [R] where Items.Index == Int {
        concurrentMap(items, context: {}) { _, item in transform(item) }
    }

    /// As above, each iteration's items given one `context` made for them (scratch state
    /// that is not shared between threads, such as a compressor).
    static func concurrentMap<Items: RandomAccessCollection & Sendable, R, Context>(_ items: Items, context: @Sendable () -> Context,
                                                       _ transform: @Sendable (Context, Items.Element) -> R) -> [R]
        where Items.Index == Int {
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer  // each iteration writes its own slots
            let chunk = itemsPerIteration
            DispatchQueue.concurrentPerform(iterations: (items.count + chunk - 1) / chunk) { part in
                let scratch = context()
                for index in (part * chunk)..<min(items.count, (part + 1) * chunk) { output[index] = transform(scratch, items[index]) }
            }
        }
        return results.compactMap { $0 }
    }
}

extension Paging {
    /// Page 1 of 20: what a request without paging parameters gets.
    static let first = Paging(page: 1, pageSize: 20)
}
