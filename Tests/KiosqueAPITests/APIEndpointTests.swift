import Foundation
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Every endpoint of the REST API over a real socket, against the seeds.
@Suite(.serialized) struct APIEndpointTests {
    @Test func articlesListNewestFirstWithExactTotals() async throws {
        let server = try APITestServer.start()
        let (response, value) = try await APITestServer.json(server, "/api/v1/articles")
        let body = try #require(value as? [String: Any])
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        #expect(body["total"] as? Int == 2 && body["page"] as? Int == 1 && body["pageSize"] as? Int == 20 && body["pages"] as? Int == 1)
        #expect(body[list: "items"].map { $0["id"] as? String } == ["277616", "273805"])  // dated before undated
        await server.stop()
    }

    @Test func articlesListParameters() async throws {
        let server = try APITestServer.start()
        let byTitle = try #require(try await APITestServer.json(server, "/api/v1/articles?sort=title").1 as? [String: Any])
        #expect(byTitle[list: "items"].first?["id"] as? String == "277616")  // "La Russie…" < "Renforcer…"
        let filtered = try #require(try await APITestServer.json(server, "/api/v1/articles?entity=maria-zakharova&entity=cuba").1 as? [String: Any])
        #expect(filtered["total"] as? Int == 1)
        let source = try #require(try await APITestServer.json(server, "/api/v1/articles?source=Prensa%20Latina").1 as? [String: Any])
        #expect(source["total"] as? Int == 1)
        let author = try #require(try await APITestServer.json(server, "/api/v1/articles?author=Mar%C3%ADa+Josefina+Arce").1 as? [String: Any])
        #expect(author[list: "items"].first?["id"] as? String == "273805")
        let fields = try #require(try await APITestServer.json(server, "/api/v1/articles?fields=id,title").1 as? [String: Any])
        #expect(Set(fields[list: "items"].first?.keys.map { $0 } ?? []) == ["id", "title"])
        let beyond = try #require(try await APITestServer.json(server, "/api/v1/articles?page=9").1 as? [String: Any])
        #expect(beyond[list: "items"].isEmpty && beyond["total"] as? Int == 2)
        let byURL = try #require(try await APITestServer.json(server, "/api/v1/articles?url=https%3A%2F%2Fwww.radiohc.cu%2Findex.php%2Ffr%2Fnoticias%2Fnacionales%2F277616-la-russie-et-cuba-pour-le-renforcement-de-la-cooperation-binationale").1 as? [String: Any])
        #expect(byURL["total"] as? Int == 1 && byURL[list: "items"].first?["id"] as? String == "277616")  // still a list
        await server.stop()
    }

    @Test func articleDetailHasEntitiesWithOffsets() async throws {
        let server = try APITestServer.start()
        let body = try #require(try await APITestServer.json(server, "/api/v1/articles/273805").1 as? [String: Any])
        #expect(body["author"] as? String == "María Josefina Arce")
        let paragraphs = body["paragraphs"] as? [String] ?? []
        #expect(paragraphs.count == 13)
        let poutine = try #require(body[list: "entities"].first { $0["id"] as? String == "vladimir-poutine" })
        #expect(poutine["type"] as? String == "PERSON" && poutine["mentionCount"] as? Int == 2)
        for mention in poutine[list: "mentions"] {
            let index = try #require(mention["paragraph"] as? Int)
            let units = Array(paragraphs[index].utf16)
            let start = try #require(mention["utf16Start"] as? Int), length = try #require(mention["utf16Length"] as? Int)
            #expect(String(decoding: units[start..<(start + length)], as: UTF16.self) == mention["text"] as? String)
        }
        await server.stop()
    }

    @Test func entitiesListAutocompleteAndTypes() async throws {
        let server = try APITestServer.start()
        let all = try #require(try await APITestServer.json(server, "/api/v1/entities?pageSize=100").1 as? [String: Any])
        let ids = all[list: "items"].compactMap { $0["id"] as? String }
        #expect(ids.contains("serguei-riabkov"))
        let prensa = all[list: "items"].first { $0["id"] as? String == "prensa-latina" }
        #expect(prensa?["type"] as? String == "ORG")  // named only on the Source line
        for (query, expected) in [("borisov", "yuri-borisov"), ("havane", "la-havane"), ("diaz", "miguel-diaz-canel"), ("BORÍS", "yuri-borisov"), ("l'amerique", "amerique-latine")] {
            let found = try #require(try await APITestServer.json(server, "/api/v1/entities?q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query)").1 as? [String: Any])
            #expect(found[list: "items"].contains { $0["id"] as? String == expected }, "\(query)")
        }
        let people = try #require(try await APITestServer.json(server, "/api/v1/entities?type=PERSON&sort=name").1 as? [String: Any])
        let names = people[list: "items"].compactMap { $0["name"] as? String }
        #expect(!names.isEmpty && people[list: "items"].allSatisfy { $0["type"] as? String == "PERSON" })
        #expect(names == names.sorted { $0.folding(options: .diacriticInsensitive, locale: nil).lowercased() < $1.folding(options: .diacriticInsensitive, locale: nil).lowercased() })
        await server.stop()
    }

    @Test func entityDetailRelatedAndMentions() async throws {
        let server = try APITestServer.start()
        let riabkov = try #require(try await APITestServer.json(server, "/api/v1/entities/serguei-riabkov").1 as? [String: Any])
        #expect(riabkov["type"] as? String == "PERSON")
        #expect(riabkov["variants"] as? [String] == ["Serguei Riabkov", "Riabkov"])
        #expect((riabkov["firstAppearance"] as? [String: Any])?["articleId"] as? String == "277616")
        let related = try #require(try await APITestServer.json(server, "/api/v1/entities/cuba/related").1 as? [String: Any])
        let russie = try #require(related[list: "items"].first { ($0["entity"] as? [String: Any])?["id"] as? String == "russie" })
        #expect(russie["count"] as? Int == 2)
        let mentions = try #require(try await APITestServer.json(server, "/api/v1/entities/yuri-borisov/mentions").1 as? [String: Any])
        #expect(mentions["total"] as? Int == 3)
        for mention in mentions[list: "items"] {
            let sentence = Array((mention["sentence"] as? String ?? "").utf16)
            // `sentenceUtf16Start` is where the sentence starts in the field, like `utf16Start`.
            let start = (mention["utf16Start"] as? Int ?? -1) - (mention["sentenceUtf16Start"] as? Int ?? 0), length = mention["utf16Length"] as? Int ?? 0
            #expect(String(decoding: sentence[start..<(start + length)], as: UTF16.self) == mention["text"] as? String)
        }
        let page2 = try #require(try await APITestServer.json(server, "/api/v1/entities/yuri-borisov/mentions?page=2&pageSize=2").1 as? [String: Any])
        #expect(page2[list: "items"].count == 1)
        await server.stop()
    }

    @Test func searchSuggestAnalyze() async throws {
        let server = try APITestServer.start()
        let search = try #require(try await APITestServer.json(server, "/api/v1/search?q=poutin").1 as? [String: Any])
        #expect(search["total"] as? Int == 1)
        let hit = try #require(search[list: "items"].first)
        #expect((hit["snippet"] as? String)?.contains("<mark>Poutine</mark>") == true)
        #expect(search["tookMs"] is Double || search["tookMs"] is Int)
        #expect((search["facets"] as? [String: Any])?[list: "entities"].isEmpty == false)
        let filtered = try #require(try await APITestServer.json(server, "/api/v1/search?q=cuba&entity=maria-zakharova&sort=-date").1 as? [String: Any])
        #expect(filtered["total"] as? Int == 1)
        let suggest = try #require(try await APITestServer.json(server, "/api/v1/suggest?q=renf").1 as? [String: Any])
        #expect(suggest[list: "titles"].count == 2)
        let suggestEntity = try #require(try await APITestServer.json(server, "/api/v1/suggest?q=zakh").1 as? [String: Any])
        #expect(suggestEntity[list: "entities"].first?["id"] as? String == "maria-zakharova")
        let analyze = try #require(try await APITestServer.json(server, "/api/v1/analyze?text=l%E2%80%99%C3%A9conomie").1 as? [String: Any])
        let token = try #require(analyze[list: "tokens"].first)
        #expect(token["folded"] as? String == "economie" && token["stem"] as? String == "econom" && token["utf16Start"] as? Int == 2)
        await server.stop()
    }

    @Test(arguments: [
        ("/api/v1/articles?page=zero", "page"), ("/api/v1/articles?pageSize=101", "pageSize"), ("/api/v1/articles?page=0", "page"),
        ("/api/v1/articles?sort=random", "sort"), ("/api/v1/articles?from=2021-02-30", "from"), ("/api/v1/articles?to=13-01", "to"),
        ("/api/v1/articles?fields=id,secret", "fields"), ("/api/v1/entities?type=ANIMAL", "type"), ("/api/v1/entities?sort=size", "sort"),
        ("/api/v1/search", "q"), ("/api/v1/search?q=%20%20", "q"), ("/api/v1/articles?source=" + String(repeating: "s", count: 201), "source"),
        ("/api/v1/entities?type=", "type"), ("/api/v1/entities?q=%20", "q"), ("/api/v1/search?q=" + String(repeating: "a", count: 1100), "q"),
        ("/api/v1/suggest", "q"), ("/api/v1/analyze", "text"), ("/api/v1/search?q=cuba&sort=best", "sort"),
        ("/api/v1/articles?page=1&page=2", "page"),
    ])
    func badParametersAre400NamingThem(path: String, parameter: String) async throws {
        let server = try APITestServer.start()
        let (response, value) = try await APITestServer.json(server, path)
        #expect(response.status == 400, "\(path)")
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect((value as? [String: Any])?["parameter"] as? String == parameter, "\(path)")
        await server.stop()
    }

    @Test(arguments: ["/api/v1/articles/999", "/api/v1/entities/nobody", "/api/v1/entities/nobody/related",
                      "/api/v1/entities/nobody/mentions", "/api/v1/nothing", "/nothing.html"])
    func unknownIdsArePathsAre404(path: String) async throws {
        let server = try APITestServer.start()
        let (response, value) = try await APITestServer.json(server, path)
        #expect(response.status == 404)
        #expect((value as? [String: Any])?["status"] as? Int == 404)
        await server.stop()
    }

    @Test func wrongMethodIs405WithAllow() async throws {
        let server = try APITestServer.start()
        let response = try await server.client().exchange("POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
        await server.stop()
    }

    @Test func cachedResourcesRevalidateAndCompress() async throws {
        let server = try APITestServer.start()
        let client = try server.client()
        let first = try await client.exchange(get("/api/v1/articles/277616", "Accept-Encoding: gzip\r\n"))
        #expect(first.headers["Content-Encoding"] == "gzip")
        #expect(first.headers["Cache-Control"] == "public, max-age=300")
        let etag = try #require(first.headers["ETag"])
        let again = try await client.exchange(get("/api/v1/articles/277616", "Accept-Encoding: gzip\r\nIf-None-Match: \(etag)\r\n"))
        #expect(again.status == 304)
        let plain = try await client.exchange(get("/api/v1/articles/277616"))
        #expect(Gzip.decompress(first.body) == plain.body)
        let pretty = try await client.exchange(get("/api/v1/articles/277616?pretty"))
        #expect(pretty.text.hasPrefix("{\n  \"id\": \"277616\""))
        // Filtered lists are computed per request, yet revalidate by content.
        let list = try await client.exchange(get("/api/v1/entities?type=PLACE"))
        let listTag = try #require(list.headers["ETag"])
        #expect(try await client.exchange(get("/api/v1/entities?type=PLACE", "If-None-Match: \(listTag)\r\n")).status == 304)
        // Search results revalidate too: their tag leaves the timing out.
        let search = try await client.exchange(get("/api/v1/search?q=cuba"))
        let searchTag = try #require(search.headers["ETag"])
        #expect(try await client.exchange(get("/api/v1/search?q=cuba", "If-None-Match: \(searchTag)\r\n")).status == 304)
        #expect(try await client.exchange(get("/api/v1/search?q=russie", "If-None-Match: \(searchTag)\r\n")).status == 200)
        await server.stop()
    }

    @Test func serviceEndpoints() async throws {
        let server = try APITestServer.start()
        let client = try server.client()
        #expect(try await client.exchange(get("/healthz")).text == #"{"status":"ok"}"#)
        #expect(try await client.exchange(get("/livez")).status == 200)
        #expect(try await client.exchange(get("/readyz")).status == 200)
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(try await client.exchange(get("/api/v1/stats")).body)) as? [String: Any])
        #expect(stats["articles"] as? Int == 2)
        #expect((stats["loadReport"] as? [String: Any])?["filesRead"] as? Int == 2)
        let openapi = try #require(try JSONSerialization.jsonObject(with: Data(try await client.exchange(get("/openapi.json")).body)) as? [String: Any])
        #expect(openapi["openapi"] as? String == "3.1.0")
        let catalog = try await client.exchange(get("/.well-known/api-catalog"))
        #expect(catalog.headers["Content-Type"] == "application/linkset+json")
        #expect(catalog.text.contains("/openapi.json"))
        let metrics = try await client.exchange(get("/metrics"))
        #expect(metrics.headers["Content-Type"]?.hasPrefix("text/plain") == true)
        #expect(metrics.text.contains("kiosque_corpus_articles 2"))
        await server.stop()
    }
}
