import KiosqueCorpus
import KiosqueHTTP
import KiosqueText

/// `GET /api/v1/entities`, `/api/v1/entities/{id}`, `/{id}/articles`, `/{id}/related`, `/{id}/mentions`.
struct EntityRoutes {
    let context: APIContext
    let autocomplete: EntityAutocomplete

    func register(in router: inout Router.Builder) {
        router.get("/api/v1/entities") { request, _ in self.list(request) }
        router.get("/api/v1/entities/:id") { request, parameters in
            guard let entity = context.corpus.entity(id: parameters["id"] ?? ""), let cached = context.cache.entity(id: entity.id) else {
                return notFound(parameters)
            }
            return page(request, cached: cached) { paging, json in
                EntityRepresentation.full(entity, corpus: context.corpus, paging: paging, into: &json)
            }
        }
        router.get("/api/v1/entities/:id/articles") { request, parameters in
            guard let entity = context.corpus.entity(id: parameters["id"] ?? "") else { return notFound(parameters) }
            do throws(APIError) {
                let query = QueryParameters(request.queryItems)
                try query.onlyAllowing(["page", "pageSize"])
                let paging = try Paging(query)
                var json = JSONWriter()
                ListEnvelope.write(EntityRepresentation.articles(of: entity, corpus: context.corpus), paging: paging, into: &json) { json, article in
                    context.corpus.writeSummary(article, into: &json)
                }
                return context.json(json, request: request)
            } catch {
                return context.problem(error)
            }
        }
        router.get("/api/v1/entities/:id/related") { request, parameters in
            let id = parameters["id"] ?? ""
            guard context.corpus.entity(id: id) != nil, let cached = context.cache.related(id: id) else { return notFound(parameters) }
            return page(request, cached: cached) { paging, json in
                ListEnvelope.write(context.corpus.related(to: id, sharedArticleLimit: EntityRepresentation.sharedArticleLimit), paging: paging, into: &json) { json, item in
                    EntityRepresentation.related(item, of: id, corpus: context.corpus, into: &json)
                }
            }
        }
        router.get("/api/v1/entities/:id/mentions") { request, parameters in
            guard let entity = context.corpus.entity(id: parameters["id"] ?? ""), let cached = context.cache.mentions(id: entity.id) else {
                return notFound(parameters)
            }
            return page(request, cached: cached) { paging, json in
                ListEnvelope.write(EntityRepresentation.mentions(of: entity, corpus: context.corpus), paging: paging, into: &json) { json, item in
                    EntityRepresentation.mention(item, into: &json)
                }
            }
        }
    }

    private func notFound(_ parameters: Router.Parameters) -> HTTPResponse {
        context.problem(.notFound("No entity with id '\(parameters["id"] ?? "")'."))
    }

    /// The cached first page, or another page computed on demand.
    private func page(_ request: HTTPRequest, cached: PreparedBody, build: (Paging, inout JSONWriter) -> Void) -> HTTPResponse {
        do throws(APIError) {
            let query = QueryParameters(request.queryItems)
            try query.onlyAllowing(["page", "pageSize"])
            let paging = try Paging(query)
            if paging == .first { return context.cached(cached, request: request) }
            var json = JSONWriter()
            build(paging, &json)
            return context.json(json, request: request)
        } catch {
            return context.problem(error)
        }
    }

    private func list(_ request: HTTPRequest) -> HTTPResponse {
        do throws(APIError) {
            let query = QueryParameters(request.queryItems)
            try query.onlyAllowing(["page", "pageSize", "sort", "type", "q"])
            let paging = try Paging(query)
            let sort = try query.choice("sort", ["mentions", "name", "-name"], default: "mentions")
            let type = try query.string("type").map { text throws(APIError) -> EntityType in
                guard let type = EntityType(rawValue: text.uppercased()) else {
                    throw APIError.badParameter("type", "'type' must be PERSON, PLACE, ORG or MISC, not '\(text.prefix(40))'.")
                }
                return type
            }
            let text = try query.string("q")
            if let text, text.unicodeScalars.count > 1024 || text.allSatisfy(\.isWhitespace) {
                throw .badParameter("q", "'q' must have a character other than white space, and at most 1,024.")
            }
            if text == nil, type == nil, sort == "mentions", paging == .first, let cached = context.cache.entityList {
                return context.cached(cached, request: request)
            }
            var entities = text.map { autocomplete.matches($0) } ?? context.corpus.entities
            if let type { entities = entities.filter { $0.type == type } }
            if sort != "mentions" {
                // French collation: accents and case folded, then the exact name, then the id.
                let keyed = entities.map { (entity: $0, key: Collation.frenchKey($0.name)) }
                entities = keyed.sorted { ($0.key, $0.entity.name, $0.entity.id) < ($1.key, $1.entity.name, $1.entity.id) }.map(\.entity)
                if sort == "-name" { entities.reverse() }
            }
            var json = JSONWriter()
            ListEnvelope.write(entities, paging: paging, into: &json) { json, entity in EntityRepresentation.summary(entity, into: &json) }
            return context.json(json, request: request)
        } catch {
            return context.problem(error)
        }
    }
}

/// Accent-, case- and elision-insensitive prefix matching on any word of entity names
/// (`borisov`, `havane`, `diaz`, `l'union`).
struct EntityAutocomplete: Sendable {
    /// Entities (most mentioned first) with the folded words of their name and variants.
    private let entries: [(entity: Entity, words: [String], full: [String])]

    init(corpus: Corpus) {
        entries = corpus.entities.map { entity in
            let names = [entity.name] + entity.variants
            let full = names.map(Self.fold)
            let words = Set(full.flatMap { $0.split(separator: " ").map(String.init) })
            return (entity, Array(words), full)
        }
    }

    /// The folded words of `text` joined by spaces: cut at spaces and hyphens, elided articles
    /// dropped (`l'Union` → `union`), accents and case folded.
    static func fold(_ text: String) -> String {
        words(of: text).map { foldWord($0) }.joined(separator: " ")
    }

    /// `text` cut at spaces and hyphens. By scalars, not characters: at 100,000 titles a split
    /// by grapheme cost more than all the folding.
    static func words(of text: String) -> [Substring] {
        text.unicodeScalars.split { $0 == " " || $0 == "-" || $0 == "\u{2010}" }.map { Substring($0) }
    }

    /// One word's fold (the fold goes scalar by scalar, so folding words one by one and joining
    /// them gives the fold of the joined words).
    static func foldWord(_ word: Substring) -> String {
        TextFolding.foldAccents(Elision.elide(String(word)))
    }

    /// Entities every word of `query` prefixes some word of (or whose name starts with it).
    func matches(_ query: String) -> [Entity] {
        let folded = Self.fold(query)
        let queryWords = folded.split(separator: " ").map(String.init)
        guard !queryWords.isEmpty else { return [] }
        return entries.filter { entry in
            entry.full.contains { $0.hasPrefix(folded) }
                || queryWords.allSatisfy { word in entry.words.contains { $0.hasPrefix(word) } }
        }.map(\.entity)
    }
}
