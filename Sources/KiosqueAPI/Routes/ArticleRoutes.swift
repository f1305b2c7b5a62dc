import KiosqueCorpus
import KiosqueHTTP

/// `GET /api/v1/articles` and `GET /api/v1/articles/{id}`.
struct ArticleRoutes {
    let context: APIContext
    /// Article indices newest first (undated last), then by id: the default order.
    let newestFirst: [Int]

    func register(in router: inout Router.Builder) {
        router.get("/api/v1/articles") { request, _ in self.list(request) }
        router.get("/api/v1/articles/:id") { request, parameters in
            guard let id = parameters["id"], let body = context.cache.articles[id] else {
                return context.problem(.notFound("No article with id '\(parameters["id"] ?? "")'."))
            }
            return context.cached(body, request: request)
        }
    }

    private func list(_ request: HTTPRequest) -> HTTPResponse {
        do throws(APIError) {
            let query = QueryParameters(request.queryItems)
            if let url = try query.short("url", maxCharacters: 2048) {
                guard let article = context.corpus.article(url: url), let body = context.cache.articles[article.id] else {
                    throw .notFound("No article with this URL.")
                }
                return context.cached(body, request: request)
            }
            let paging = try Paging(query)
            let sort = try query.choice("sort", ["-date", "date", "title"], default: "-date")
            let entityIDs = try query.ids("entity")
            let source = try query.short("source"), author = try query.short("author")
            let from = try query.monthDay("from"), to = try query.monthDay("to")
            let fields = try query.string("fields").map { text throws(APIError) -> Set<String> in
                let names = Set(text.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
                let unknown = names.subtracting(ArticleRepresentation.summaryKeys)
                guard unknown.isEmpty else {
                    throw APIError.badParameter("fields", "Unknown field(s): \(unknown.sorted().joined(separator: ", ")); use \(ArticleRepresentation.summaryKeys.joined(separator: ", ")).")
                }
                return names
            }
            if request.queryItems.allSatisfy({ $0.name == "pretty" }) { return context.cached(context.cache.articleList, request: request) }

            let corpus = context.corpus
            var order = newestFirst
            if sort == "date" { order = ArticleOrder.oldestFirst(corpus) }
            if sort == "title" { order = corpus.articles.indices.sorted { (corpus.articles[$0].title, corpus.articles[$0].id) < (corpus.articles[$1].title, corpus.articles[$1].id) } }
            let selected = order.filter { index in
                let article = corpus.articles[index]
                if let source, article.source != source { return false }
                if let author, article.author != author { return false }
                if from != nil || to != nil {
                    guard let month = article.dateline?.month, let day = article.dateline?.day,
                          let date = MonthDay(month: month, day: day) else { return false }
                    if let from, date < from { return false }
                    if let to, to < date { return false }
                }
                if !entityIDs.isEmpty {
                    let ids = Set(corpus.entityIDs(inArticle: article.id))
                    if !entityIDs.allSatisfy(ids.contains) { return false }
                }
                return true
            }
            var json = JSONWriter(capacity: 4096)
            ListEnvelope.write(selected, paging: paging, into: &json) { json, index in
                let article = corpus.articles[index]
                ArticleRepresentation.summary(article, entityCount: corpus.entityIDs(inArticle: article.id).count, fields: fields, into: &json)
            }
            return context.json(json, request: request)
        } catch {
            return context.problem(error)
        }
    }
}

/// Orders of articles by their dateline's day and month (the corpus has no years).
enum ArticleOrder {
    static func dateKey(_ article: Article) -> Int? {
        guard let month = article.dateline?.month else { return nil }
        return month * 100 + (article.dateline?.day ?? 0)
    }

    /// Newest first; undated articles last; ties by id.
    static func newestFirst(_ corpus: Corpus) -> [Int] {
        corpus.articles.indices.sorted { lhs, rhs in
            let (a, b) = (dateKey(corpus.articles[lhs]) ?? -1, dateKey(corpus.articles[rhs]) ?? -1)
            return a != b ? a > b : corpus.articles[lhs].id < corpus.articles[rhs].id
        }
    }

    /// Oldest first; undated articles last; ties by id.
    static func oldestFirst(_ corpus: Corpus) -> [Int] {
        corpus.articles.indices.sorted { lhs, rhs in
            let (a, b) = (dateKey(corpus.articles[lhs]) ?? Int.max, dateKey(corpus.articles[rhs]) ?? Int.max)
            return a != b ? a < b : corpus.articles[lhs].id < corpus.articles[rhs].id
        }
    }
}
