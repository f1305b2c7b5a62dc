import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch
import KiosqueText

/// `GET /api/v1/search`, `/api/v1/suggest` and `/api/v1/analyze`.
struct SearchRoutes {
    let context: APIContext
    let autocomplete: EntityAutocomplete
    /// Folded title words per article (load order), for title suggestions (`titleWords(_:)`).
    let titleWords: TermLists

    init(context: APIContext, autocomplete: EntityAutocomplete, titleWords: TermLists) {
        self.context = context
        self.autocomplete = autocomplete
        self.titleWords = titleWords
    }

    /// Folding every title is a start-up cost (a third of a snapshot start's before it was stored).
    static func titleWords(_ corpus: Corpus) -> TermLists {
        let articles = corpus.articles
        return TermLists(joining: ParallelChunks.map(ParallelChunks.ranges(count: articles.count, chunks: 8)) { range in
            // Titles share most of their words: each is folded once per chunk.
            var folds: [Substring: [UInt32]] = [:]
            var part = TermLists.Part()
            for index in range {
                for word in EntityAutocomplete.words(of: articles[index].title) {
                    let folded = folds[word] ?? {
                        let folded = EntityAutocomplete.foldWord(word).split(separator: " ").map { part.number(String($0)) }
                        folds[word] = folded
                        return folded
                    }()
                    for number in folded { part.append(number) }
                }
                part.endList()
            }
            return part
        })
    }

    /// What `/search` reads; any other parameter is a 400 that lists these.
    static let searchParameters = ["q", "page", "pageSize", "entity", "type", "source", "author", "from", "to", "sort", "facets", "facetSize"]

    func register(in router: inout Router.Builder) {
        router.get("/api/v1/search") { request, _ in self.search(request) }
        router.get("/api/v1/suggest") { request, _ in self.suggest(request) }
        router.get("/api/v1/analyze") { request, _ in self.analyze(request) }
    }

    private func search(_ request: HTTPRequest) -> HTTPResponse {
        do throws(APIError) {
            let query = QueryParameters(request.queryItems)
            try query.onlyAllowing(Self.searchParameters)
            let text = try query.searchText("q", what: "the words to search for")
            var search = SearchQuery(text: text)
            let paging = try Paging(query)
            search.page = paging.page
            search.pageSize = paging.pageSize
            search.entityIDs = try context.entityFilter(query)
            if let type = try query.string("type") {
                guard let entityType = EntityType(rawValue: type.uppercased()) else {
                    throw .badParameter("type", "'type' must be PERSON, PLACE, ORG or MISC, not '\(type.prefix(40))'.")
                }
                search.entityType = entityType
            }
            search.sources = try query.ids("source")
            search.facets = try SearchFacetParameters.facets(query)
            search.entityFacetLimit = try query.int("facetSize", default: 10, in: 0...100)
            search.author = try query.short("author")
            (search.from, search.to) = try query.dateRange()
            switch try query.choice("sort", ["relevance", "date", "-date"], default: "relevance") {
            case "date": search.sort = .dateAscending
            case "-date": search.sort = .dateDescending
            default: search.sort = .relevance
            }
            let result: SearchResult
            do {
                result = try context.index.search(search)
            } catch {
                throw .badParameter("q", error.message)
            }
            var json = JSONWriter(capacity: 8192)
            let tag = SearchRepresentation.write(result, query: text, paging: paging, facets: search.facets,
                                                 corpus: context.corpus, into: &json)
            return context.json(json, request: request, cacheControl: "public, max-age=60", entityTag: tag)
        } catch {
            return context.problem(error)
        }
    }

    /// The first `limit` articles (load order) whose title has, for each of `words`, a word
    /// starting with it. Each typed word is matched once against the distinct title words.
    private func titlesMatching(_ words: [String], limit: Int) -> [Article] {
        let matching = words.map { word in titleWords.vocabulary.map { $0.hasPrefix(word) } }
        var found: [Article] = []
        for index in 0..<titleWords.count where found.count < limit {
            let title = titleWords[index]
            if matching.allSatisfy({ flags in title.contains { flags[Int($0)] } }) { found.append(context.corpus.articles[index]) }
        }
        return found
    }

    private func suggest(_ request: HTTPRequest) -> HTTPResponse {
        do throws(APIError) {
            let query = QueryParameters(request.queryItems)
            try query.onlyAllowing(["q"])
            let text = try query.searchText("q", what: "what the user typed so far")
            let words = EntityAutocomplete.fold(text).split(separator: " ").map(String.init)
            let titles = words.isEmpty ? [] : titlesMatching(words, limit: 5)
            let entities = words.isEmpty ? [] : autocomplete.matches(text).prefix(8)
            var json = JSONWriter()
            json.object { json in
                json.field("query", text)
                json.key("titles")
                json.array(titles) { json, article in
                    json.object { json in
                        json.field("id", article.id)
                        json.field("title", article.title)
                        json.field("published", article.published?.iso)
                    }
                }
                json.key("entities")
                json.array(entities) { json, entity in
                    json.object { json in
                        json.field("id", entity.id)
                        json.field("name", entity.name)
                        json.field("type", entity.type.rawValue)
                    }
                }
            }
            return context.json(json, request: request, cacheControl: "public, max-age=60")
        } catch {
            return context.problem(error)
        }
    }

    private func analyze(_ request: HTTPRequest) -> HTTPResponse {
        do throws(APIError) {
            let query = QueryParameters(request.queryItems)
            try query.onlyAllowing(["text"])
            let text = try query.text("text", what: "the text to analyze")
            var json = JSONWriter()
            json.object { json in
                json.field("text", text)
                json.key("tokens")
                json.array(FrenchAnalyzer().analyze(text)) { json, token in
                    json.object { json in
                        json.field("original", token.original)
                        json.field("normalized", token.normalized)
                        json.field("folded", token.folded)
                        json.field("stem", token.stem)
                        json.field("stopWord", token.isStopWord)
                        json.field("position", token.position)
                        json.field("utf8Start", token.utf8Range.lowerBound)
                        json.field("utf8Length", token.utf8Range.count)
                        json.field("utf16Start", token.utf16Range.lowerBound)
                        json.field("utf16Length", token.utf16Range.count)
                    }
                }
            }
            return context.json(json, request: request)
        } catch {
            return context.problem(error)
        }
    }
}

/// JSON shape of a search result (OpenAPI schema `SearchResult`).
enum SearchRepresentation {
    /// Writes the result; returns the hash of every byte but the timing (`tookMs`, last), so
    /// that the same answer always has the same entity tag.
    @discardableResult
    static func write(_ result: SearchResult, query: String, paging: Paging, facets: Set<SearchFacet> = Set(SearchFacet.allCases),
                      corpus: Corpus, into json: inout JSONWriter) -> String {
        var tag = ""
        json.object { json in
            json.field("query", query)
            json.key("items")
            json.array(result.hits) { json, hit in
                json.object { json in
                    if let article = corpus.article(id: hit.id) {
                        corpus.writeSummaryMembers(article, into: &json)
                    } else {
                        json.field("id", hit.id)
                        json.field("title", hit.title)
                    }
                    json.field("score", hit.score)
                    json.field("snippet", hit.snippet)
                    json.key("highlights")
                    json.array(hit.highlights) { json, highlight in
                        json.object { json in
                            json.field("field", highlight.field.name)
                            json.field("paragraph", highlight.field.paragraphIndex)
                            json.field("start", highlight.utf16Start)
                            json.field("length", highlight.utf16Length)
                        }
                    }
                }
            }
            json.field("total", result.total)
            json.field("page", paging.page)
            json.field("pageSize", paging.pageSize)
            json.field("pages", paging.pages(total: result.total))
            json.key("facets")
            json.object { json in
                if facets.contains(.entities) {
                    json.key("entities")
                    json.array(result.facets.entities) { json, facet in
                        json.object { json in
                            json.field("id", facet.id)
                            json.field("name", facet.name)
                            json.field("type", facet.type.rawValue)
                            json.field("count", facet.count)
                        }
                    }
                }
                for (facet, values) in [(SearchFacet.types, result.facets.types), (.sources, result.facets.sources),
                                        (.years, result.facets.years), (.months, result.facets.months)]
                where facets.contains(facet) {
                    json.key(facet.rawValue)
                    json.array(values) { json, value in
                        json.object { json in
                            json.field("value", value.value)
                            json.field("count", value.count)
                        }
                    }
                }
            }
            tag = ContentHash.fnv1a64(json.bytes)
            json.field("tookMs", result.tookMilliseconds)
        }
        return tag
    }
}
