import KiosqueCorpus
import KiosqueHTTP
import KiosqueText

/// `GET /api/v1/articles`, `/api/v1/articles/{id}` and `/api/v1/articles/{id}/similar`.
struct ArticleRoutes {
    let context: APIContext
    let orders: ArticleOrders
    let similar: SimilarArticles

    /// Parameters of the article list.
    static let listParameters = ["page", "pageSize", "sort", "entity", "source", "author", "place", "from", "to", "fields", "url"]

    func register(in router: inout Router.Builder) {
        router.get("/api/v1/articles") { request, _ in self.list(request) }
        // A cached body (or its indented copy): cheap enough for the I/O queue.
        router.get("/api/v1/articles/:id", inline: true) { request, parameters in
            do throws(APIError) {
                try QueryParameters(request.queryItems).onlyAllowing([])
            } catch {
                return context.problem(error)
            }
            guard let id = parameters["id"], let body = context.cache.article(id: id) else {
                return context.problem(.notFound("No article with id '\(parameters["id"] ?? "")'."))
            }
            return context.cached(body, request: request)
        }
        router.get("/api/v1/articles/:id/similar") { request, parameters in
            similar.respond(request, id: parameters["id"] ?? "", context: context)
        }
    }

    private func list(_ request: HTTPRequest) -> HTTPResponse {
        do throws(APIError) {
            let query = QueryParameters(request.queryItems)
            try query.onlyAllowing(Self.listParameters)
            let paging = try Paging(query)
            let sort = try query.choice("sort", ["-date", "date", "title", "-title"], default: "-date")
            let entityIDs = try context.entityFilter(query)
            let source = try query.short("source").map(TextFolding.foldName)
            let author = try query.short("author").map(TextFolding.foldName)
            let place = try query.short("place").map(TextFolding.foldName)
            let url = try query.short("url", maxCharacters: 2048)
            let range = try query.dateRange()
            let fields = try query.string("fields").map { text throws(APIError) -> Set<String> in
                let names = Set(text.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
                let unknown = names.subtracting(ArticleRepresentation.summaryKeys)
                guard unknown.isEmpty else {
                    throw APIError.badParameter("fields", "Unknown field(s): \(unknown.sorted().joined(separator: ", ")); use \(ArticleRepresentation.summaryKeys.joined(separator: ", ")).")
                }
                return names
            }
            if request.queryItems.allSatisfy({ $0.name == "pretty" }), let cached = context.cache.articleList {
                return context.cached(cached, request: request)
            }

            let corpus = context.corpus
            let order: [Int]
            switch sort {
            case "date": order = orders.oldestFirst
            case "title": order = orders.byTitle
            case "-title": order = orders.byTitle.reversed()
            default: order = orders.newestFirst
            }
            let urlIndex = url.flatMap { corpus.article(url: $0) }.map(\.id)
            let wanted = [(FoldedArticleFields.Field.source, source), (.author, author), (.place, place)].compactMap { field, value in
                value.map { (field, orders.folded.wanted($0)) }
            }
            // By position: looking each article up by its id cost a hash of the id per article.
            let entityPositions = entityIDs.map { corpus.entityIndex(id: $0) ?? -1 }
            let selected = order.filter { index in
                let article = corpus.articles[index]
                if url != nil && urlIndex != article.id { return false }
                for (field, number) in wanted where !orders.folded.matches(index, field, number) { return false }
                if range.from != nil || range.to != nil {
                    guard let key = article.published?.dayKey else { return false }
                    if let from = range.from, key < from { return false }
                    if let to = range.to, key > to { return false }
                }
                if !entityPositions.isEmpty {
                    let own = corpus.entityPositions(ofArticleAt: index)
                    if !entityPositions.allSatisfy(own.contains) { return false }
                }
                return true
            }
            var json = JSONWriter(capacity: 4096)
            ListEnvelope.write(selected, paging: paging, into: &json) { json, index in
                corpus.writeSummary(corpus.articles[index], fields: fields, into: &json)
            }
            return context.json(json, request: request)
        } catch {
            return context.problem(error)
        }
    }
}

/// The article orders lists use, computed once, and the folded text filters' values.
struct ArticleOrders: Sendable {
    /// Full dates newest first, then yearless datelines (latest day first), then undated;
    /// ties by id in natural order.
    let newestFirst: [Int]
    /// Full dates oldest first, then yearless, then undated; ties by id in natural order.
    let oldestFirst: [Int]
    /// French collation of titles (accents and case folded, then exact), then id.
    let byTitle: [Int]
    /// Per article: folded source, author and dateline place, for case- and accent-blind filters.
    let folded: FoldedArticleFields

    init(_ corpus: Corpus) {
        self.init(corpus, byTitle: Self.byTitle(corpus.articles))
    }

    /// French collation of titles, then the exact title, then the id (a snapshot stores it).
    static func byTitle(_ articles: ArticleList) -> [Int] {
        // Folding 100,000 titles took seconds on one core at a raw start.
        let keys = ResponseCache.concurrentMap(articles) { Collation.frenchKey($0.title) }
        return articles.indices.sorted { lhs, rhs in
            if keys[lhs] != keys[rhs] { return keys[lhs] < keys[rhs] }
            if articles[lhs].title != articles[rhs].title { return articles[lhs].title < articles[rhs].title }
            return Collation.naturalPrecedes(articles[lhs].id, articles[rhs].id)
        }
    }

    init(_ corpus: Corpus, byTitle: [Int]) {
        let articles = corpus.articles
        newestFirst = corpus.chronology.newestFirst
        oldestFirst = corpus.chronology.oldestFirst
        self.byTitle = byTitle
        folded = FoldedArticleFields(articles)
    }
}
