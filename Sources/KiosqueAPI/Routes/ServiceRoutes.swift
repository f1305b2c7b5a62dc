import KiosqueCorpus
import KiosqueHTTP

/// Health, readiness, metrics, stats and the API's self-description.
struct ServiceRoutes {
    let context: APIContext

    func register(in router: inout Router.Builder) {
        let alive = PreparedBody(bytes: Array(#"{"status":"ok"}"#.utf8), contentType: "application/json", cacheControl: "no-store")
        let ready = PreparedBody(bytes: Array(#"{"status":"ready"}"#.utf8), contentType: "application/json", cacheControl: "no-store")
        router.get("/healthz", inline: true) { _, _ in .prepared(alive) }
        router.get("/livez", inline: true) { _, _ in .prepared(alive) }
        router.get("/readyz", inline: true) { _, _ in
            // The corpus is loaded before the server starts: ready unless draining.
            guard !context.status.isDraining else {
                return .problem(.serviceUnavailable, detail: "The server is shutting down.", headers: ["Cache-Control": "no-store"])
            }
            return .prepared(ready)
        }
        router.get("/metrics") { _, _ in
            let corpus = context.corpus
            let body = context.metrics.render(gauges: [
                ("kiosque_open_connections", "Client connections currently open.", Double(context.status.openConnections)),
                ("kiosque_corpus_articles", "Articles loaded.", Double(corpus.articles.count)),
                ("kiosque_corpus_entities", "Entities resolved.", Double(corpus.entities.count)),
                ("kiosque_corpus_mentions", "Entity mentions.", Double(corpus.mentionCount)),
                ("kiosque_corpus_skipped_inputs", "Article files or lines skipped at load.", Double(corpus.loadReport.skipped.count)),
            ])
            return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store"],
                                body: .bytes(body))
        }
        router.get("/api/v1/stats") { request, _ in
            do throws(APIError) {
                try QueryParameters(request.queryItems).onlyAllowing([])
            } catch {
                return context.problem(error)
            }
            return context.json(stats(), request: request, cacheControl: "no-cache")
        }
        router.get("/openapi.json", inline: true) { request, _ in context.cached(context.cache.openAPI, request: request) }
        router.get("/.well-known/api-catalog", inline: true) { _, _ in .prepared(context.cache.apiCatalog, headers: context.corsHeaders) }
    }

    private func stats() -> JSONWriter {
        let corpus = context.corpus
        var json = JSONWriter()
        json.object { json in
            json.field("articles", corpus.articles.count)
            json.field("entities", corpus.entities.count)
            json.key("entitiesByType")
            json.object { json in
                let counts = corpus.entityCountsByType
                for type in EntityType.allCases { json.field(type.rawValue, counts[type] ?? 0) }
            }
            json.field("mentions", corpus.mentionCount)
            json.key("loadReport")
            json.object { json in
                let report = corpus.loadReport
                json.field("filesRead", report.filesRead)
                json.field("articlesLoaded", report.articlesLoaded)
                for (name, issues) in [("skipped", report.skipped), ("duplicates", report.duplicates), ("notes", report.notes)] {
                    json.key(name)
                    json.array(issues) { json, issue in
                        json.object { json in
                            json.field("location", issue.location.description)
                            json.field("message", issue.message)
                        }
                    }
                }
                json.field("parseSeconds", report.parseSeconds)
            }
            json.field("loadSeconds", context.loadSeconds)
            json.field("indexSeconds", context.index.buildSeconds)
            json.field("version", context.configuration.version)
            json.field("startedAt", ISODate.format(context.status.startedAt))
        }
        return json
    }
}

/// `2026-11-24T20:45:00Z` from seconds since 1970.
enum ISODate {
    static func format(_ seconds: Int) -> String {
        let days = seconds / 86_400, rest = seconds % 86_400
        let civil = PublicationDate.civilFromDays(days)
        guard let date = PublicationDate(year: civil.year, month: civil.month, day: civil.day, secondsOfDay: rest) else { return "" }
        return date.iso
    }
}
