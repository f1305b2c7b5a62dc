import Foundation
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// Dates, shapes, strict parameters, collation, similar articles, paging and CORS over a
/// real socket, on the generated corpus of `DatedCorpus`.
@Suite(.serialized) struct DatedCorpusTests {
    static func json(_ server: TestServer, _ path: String) async throws -> [String: Any] {
        try #require(try await APITestServer.json(server, path).1 as? [String: Any])
    }

    /// The id of La Havane, the entity most articles of the corpus mention.
    static func havane(_ server: TestServer) async throws -> String {
        try #require(try await json(server, "/api/v1/entities?q=havane")[list: "items"].first?["id"] as? String)
    }

    static func ids(_ body: [String: Any]) -> [String] {
        body[list: "items"].compactMap { $0["id"] as? String }
    }

    @Test func loadReportNamesImpossibleDatesAliasesAndSluggedIDs() async throws {
        let server = try DatedCorpus.start()
        let stats = try await Self.json(server, "/api/v1/stats")
        let report = try #require(stats["loadReport"] as? [String: Any])
        let skipped = report[list: "skipped"].map { "\($0["location"] ?? ""): \($0["message"] ?? "")" }
        #expect(skipped.contains { $0.hasSuffix("articles.jsonl:\(DatedCorpus.impossiblePublishedLine): field 'published' is not a possible ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ): '2021-02-30'") }, "\(skipped)")
        #expect(skipped.contains { $0.contains("articles.jsonl:\(DatedCorpus.impossibleDatelineLine): impossible date in the dateline") }, "\(skipped)")
        #expect(skipped.count == 2)
        let notes = report[list: "notes"].compactMap { $0["message"] as? String }
        for alias in ["date", "publishedAt", "datePublished"] {
            #expect(notes.filter { $0.contains("'\(alias)'") }.count == 1, "\(alias): \(notes)")
        }
        #expect(notes.contains { $0.contains("'a/b?c'") && $0.contains("'a-b-c'") })
        // Every loaded article can be fetched by the id the list gives.
        let all = try await Self.json(server, "/api/v1/articles?pageSize=100")
        for id in Self.ids(all) {
            #expect(try await server.client().exchange(get("/api/v1/articles/\(id)")).status == 200, "\(id)")
        }
        #expect(Self.ids(all).contains("a-b-c") && Self.ids(all).contains("a-b-c-2"))  // alike slugs both kept
        await server.stop()
    }

    @Test func publishedIsOnEveryRepresentationAndConvertedToUTC() async throws {
        let server = try DatedCorpus.start()
        let zafra = try await Self.json(server, "/api/v1/articles/zafra")
        #expect(zafra["published"] as? String == "2022-01-02T23:30:00Z")  // 01:30 at +02:00
        let paris = try await Self.json(server, "/api/v1/articles/300001")
        #expect(paris["published"] as? String == "2021-11-19")  // the year in the seed's dateline
        let dateline = try #require(paris["dateline"] as? [String: Any])
        #expect(dateline["place"] as? String == "Paris" && dateline["day"] as? Int == 19 && dateline["month"] as? Int == 11)
        let yearless = try await Self.json(server, "/api/v1/articles/yearless")
        #expect(yearless["published"] is NSNull)
        #expect((yearless["dateline"] as? [String: Any])?["month"] as? Int == 3)
        let summaryKeys: Set<String> = ["id", "title", "published", "dateline", "author", "agency", "source", "url", "excerpt", "entityCount"]
        let list = try await Self.json(server, "/api/v1/articles")
        #expect(list[list: "items"].allSatisfy { Set($0.keys) == summaryKeys })
        let search = try await Self.json(server, "/api/v1/search?q=havane&pageSize=100")
        #expect(search[list: "items"].allSatisfy { summaryKeys.isSubset(of: Set($0.keys)) && $0["dateline"] is NSNull || $0["dateline"] is [String: Any] })
        #expect(search[list: "items"].contains { $0["published"] as? String == "2021-11-19" })
        let suggested = try await Self.json(server, "/api/v1/suggest?q=zafra")[list: "titles"]
        #expect(suggested.first?["published"] as? String == "2022-01-02T23:30:00Z")
        let entityID = try await Self.havane(server)
        let entity = try await Self.json(server, "/api/v1/entities/\(entityID)")
        let articles = try #require(entity["articles"] as? [String: Any])
        #expect(articles[list: "items"].allSatisfy { Set($0.keys) == summaryKeys })
        await server.stop()
    }

    @Test func dateOrderIsFullDatesThenYearlessThenUndatedWithNaturalTies() async throws {
        let server = try DatedCorpus.start()
        let newest = Self.ids(try await Self.json(server, "/api/v1/articles?pageSize=100"))
        #expect(Array(newest.suffix(9)) == ["300001", "ete", "leap", "a-b-c", "n9", "n10", "yearless", "a-b-c-2", "undated"])
        #expect(newest.firstIndex(of: "zafra") ?? 99 < newest.firstIndex(of: "new-year") ?? 0)
        let oldest = Self.ids(try await Self.json(server, "/api/v1/articles?sort=date&pageSize=100"))
        #expect(Array(oldest.prefix(4)) == ["n9", "n10", "a-b-c", "leap"])
        #expect(Array(oldest.suffix(3)) == ["yearless", "a-b-c-2", "undated"])
        // The search's date order agrees on the groups.
        let hits = Self.ids(try await Self.json(server, "/api/v1/search?q=havane&sort=date&pageSize=100"))
        #expect(hits.last == "undated" && hits.dropLast().last == "yearless")
        // ...and on ties: the same day goes by id in natural order, both ways, whatever the scores.
        for sort in ["date", "-date"] {
            let sameDay = Self.ids(try await Self.json(server, "/api/v1/search?q=venezuela&sort=\(sort)&pageSize=100")).filter { $0.hasPrefix("n") }
            #expect(sameDay == ["n9", "n10"], "\(sort)")
        }
        let all = Self.ids(try await Self.json(server, "/api/v1/articles?pageSize=100"))
        let searchedAll = Self.ids(try await Self.json(server, "/api/v1/search?q=venezuela&sort=-date&pageSize=100"))
        #expect(searchedAll == all.filter(searchedAll.contains))  // search and list agree on date order
        await server.stop()
    }

    @Test func fromAndToTakeYearsMonthsAndDaysInclusively() async throws {
        let server = try DatedCorpus.start()
        let year = Self.ids(try await Self.json(server, "/api/v1/articles?from=2021&to=2021"))
        #expect(Set(year) == ["ete", "300001", "new-year"])
        let newYear = Self.ids(try await Self.json(server, "/api/v1/articles?from=2021-12-20&to=2022-01-10"))
        #expect(Set(newYear) == ["new-year", "zafra"])
        let month = Self.ids(try await Self.json(server, "/api/v1/articles?from=2020-02&to=2020-02"))
        #expect(month == ["leap"])
        let day = Self.ids(try await Self.json(server, "/api/v1/articles?from=2021-11-19&to=2021-11-19"))
        #expect(day == ["300001", "ete"])
        let searched = try await Self.json(server, "/api/v1/search?q=havane&from=2021-12-20&to=2022-01-10")
        #expect(Set(Self.ids(searched)) == ["new-year", "zafra"])
        for (path, parameter) in [("/api/v1/articles?from=2021-02-29", "from"), ("/api/v1/articles?to=2021-13", "to"),
                                  ("/api/v1/articles?from=2022&to=2021", "to"), ("/api/v1/search?q=cuba&from=21", "from"),
                                  ("/api/v1/search?q=cuba&from=2022-01-02&to=2022-01-01", "to")] {
            let (response, value) = try await APITestServer.json(server, path)
            #expect(response.status == 400, "\(path)")
            #expect((value as? [String: Any])?["parameter"] as? String == parameter, "\(path)")
        }
        await server.stop()
    }

    @Test func searchFacetsByYearAndMonth() async throws {
        let server = try DatedCorpus.start()
        let search = try await Self.json(server, "/api/v1/search?q=havane&pageSize=100")
        let facets = try #require(search["facets"] as? [String: Any])
        let years = Dictionary(uniqueKeysWithValues: facets[list: "years"].map { ($0["value"] as? String ?? "", $0["count"] as? Int ?? 0) })
        let months = Dictionary(uniqueKeysWithValues: facets[list: "months"].map { ($0["value"] as? String ?? "", $0["count"] as? Int ?? 0) })
        // Expected counts from the hits themselves.
        var expectedYears: [String: Int] = [:], expectedMonths: [String: Int] = [:]
        for hit in search[list: "items"] {
            guard let published = hit["published"] as? String else { continue }
            expectedYears[String(published.prefix(4)), default: 0] += 1
            expectedMonths[String(published.prefix(7)), default: 0] += 1
        }
        #expect(!years.isEmpty && years == expectedYears && months == expectedMonths)
        #expect(facets[list: "months"].compactMap { $0["value"] as? String } == months.keys.sorted())
        await server.stop()
    }

    @Test func appearancesFollowTheDates() async throws {
        let server = try DatedCorpus.start()
        let entityID = try await Self.havane(server)
        let entity = try await Self.json(server, "/api/v1/entities/\(entityID)")
        let first = try #require(entity["firstAppearance"] as? [String: Any])
        let last = try #require(entity["lastAppearance"] as? [String: Any])
        let dated = Self.ids(try await Self.json(server, "/api/v1/articles?entity=\(entityID)&sort=date&pageSize=100"))
        let newest = Self.ids(try await Self.json(server, "/api/v1/articles?entity=\(entityID)&pageSize=100"))
        #expect(first["articleId"] as? String == dated.first)
        #expect(last["articleId"] as? String == newest.first)
        #expect(last["published"] as? String != nil)
        await server.stop()
    }

    @Test func unknownParametersAreRefusedByName() async throws {
        let server = try DatedCorpus.start()
        for (path, parameter) in [("/api/v1/articles?limit=5", "limit"), ("/api/v1/search?q=cuba&order-by=newest", "order-by"),
                                  ("/api/v1/entities?size=3", "size"), ("/api/v1/articles/zafra?x=1", "x"),
                                  ("/api/v1/articles/zafra/similar?limit=2", "limit")] {
            let (response, value) = try await APITestServer.json(server, path)
            let problem = value as? [String: Any]
            #expect(response.status == 400, "\(path)")
            #expect(problem?["parameter"] as? String == parameter, "\(path)")
            #expect((problem?["detail"] as? String)?.contains("allowed") == true || path.contains("/zafra?"), "\(path)")
        }
        let detail = try await APITestServer.json(server, "/api/v1/articles?limit=5").1 as? [String: Any]
        #expect((detail?["detail"] as? String)?.contains("pageSize") == true)
        #expect(try await server.client().exchange(get("/api/v1/articles?pretty")).status == 200)
        #expect(try await server.client().exchange(get("/api/v1/stats?=1&")).status == 200)  // nameless items say nothing
        await server.stop()
    }

    @Test func textFiltersAreFoldedAndCaseInsensitive() async throws {
        let server = try DatedCorpus.start()
        let granma = try await Self.json(server, "/api/v1/articles?source=granma&pageSize=100")
        #expect(Set(Self.ids(granma)) == Set(["ete"] + (1...45).filter { $0 % 2 == 0 }.map { "g\($0)" }))
        let author = try await Self.json(server, "/api/v1/articles?author=nicolas%20maduro")
        #expect(Self.ids(author) == ["ete"])
        let place = try await Self.json(server, "/api/v1/articles?place=moscou")
        #expect(Self.ids(place) == ["yearless"])
        let havane = try await Self.havane(server)
        let byID = try await Self.json(server, "/api/v1/articles?entity=\(havane)")
        let byName = try await Self.json(server, "/api/v1/articles?entity=La%20Havane")
        #expect(byID["total"] as? Int ?? 0 > 0 && byName["total"] as? Int == byID["total"] as? Int)
        #expect(try await Self.json(server, "/api/v1/articles?entity=nobody-at-all")["total"] as? Int == 0)
        let searched = try await Self.json(server, "/api/v1/search?q=havane&source=GRANMA&pageSize=100")
        #expect(searched["total"] as? Int == granma["total"] as? Int)
        await server.stop()
    }

    @Test func titlesSortInFrenchOrder() async throws {
        let server = try DatedCorpus.start()
        let titles = try await Self.json(server, "/api/v1/articles?sort=title&pageSize=100")[list: "items"].compactMap { $0["title"] as? String }
        let ete = try #require(titles.firstIndex(of: "Été à Cuba")), zafra = try #require(titles.firstIndex(of: "Zafra record"))
        #expect(ete < zafra)
        #expect(titles.firstIndex(of: "Chronique 1") ?? 99 < ete)
        await server.stop()
    }

    @Test func similarArticlesExplainTheirScores() async throws {
        let server = try DatedCorpus.start()
        let similar = try await Self.json(server, "/api/v1/articles/g1/similar?pageSize=5")
        let items = similar[list: "items"]
        #expect(!items.isEmpty && items.count <= 5 && !Self.ids(similar).contains("g1"))
        var previous = Double.infinity
        for item in items {
            let score = try #require(item["score"] as? Double)
            let weights = item[list: "shared"].compactMap { $0["weight"] as? Double }
            #expect(!weights.isEmpty && abs(weights.reduce(0, +) - score) < 0.01 * Double(weights.count))
            #expect(score <= previous)
            previous = score
        }
        #expect(try await server.client().exchange(get("/api/v1/articles/nothing/similar")).status == 404)
        await server.stop()
    }

    @Test func entityArticlesAndRelatedSharedArticlesArePaged() async throws {
        let server = try DatedCorpus.start()
        let entityID = try await Self.havane(server)
        let page = try await Self.json(server, "/api/v1/entities/\(entityID)?page=2&pageSize=3")
        let articles = try #require(page["articles"] as? [String: Any])
        #expect(articles["total"] as? Int == page["articleCount"] as? Int)
        #expect(articles[list: "items"].count == 3 && articles["page"] as? Int == 2)
        let listed = try await Self.json(server, "/api/v1/entities/\(entityID)/articles?page=2&pageSize=3")
        #expect(Self.ids(listed) == Self.ids(articles) && listed["total"] as? Int == articles["total"] as? Int)
        let related = try await Self.json(server, "/api/v1/entities/\(entityID)/related")
        for item in related[list: "items"] {
            #expect((item["articleIds"] as? [String])?.count ?? 99 <= 10)
            let link = try #require(item["articles"] as? String)
            let shared = try await Self.json(server, link)
            #expect(shared["total"] as? Int == item["count"] as? Int, "\(link)")
        }
        await server.stop()
    }

    @Test func mentionSentenceStartsWhereTheSentenceStarts() async throws {
        let server = try DatedCorpus.start()
        let entityID = try await Self.havane(server)
        let mentions = try await Self.json(server, "/api/v1/entities/\(entityID)/mentions?pageSize=100")
        for mention in mentions[list: "items"] {
            let articleID = try #require(mention["articleId"] as? String)
            let article = try await Self.json(server, "/api/v1/articles/\(articleID)")
            guard mention["field"] as? String == "paragraph", let index = mention["paragraph"] as? Int else { continue }
            let text = Array(((article["paragraphs"] as? [String]) ?? [])[index].utf16)
            let start = try #require(mention["sentenceUtf16Start"] as? Int)
            let sentence = Array((mention["sentence"] as? String ?? "").utf16)
            #expect(Array(text[start..<(start + sentence.count)]) == sentence)
        }
        await server.stop()
    }

    @Test func corsPreflightErrorsAndPrettyETags() async throws {
        let server = try DatedCorpus.start()
        let client = try server.client()
        let preflight = try await client.exchange("OPTIONS /api/v1/articles HTTP/1.1\r\nHost: x\r\nOrigin: https://example.org\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: if-none-match\r\n\r\n")
        #expect(preflight.status == 204)
        #expect(preflight.headers["Access-Control-Allow-Origin"] == "*")
        #expect(preflight.headers["Access-Control-Allow-Methods"]?.contains("GET") == true)
        #expect(preflight.headers["Access-Control-Allow-Headers"]?.contains("If-None-Match") == true)
        #expect(Int(preflight.headers["Access-Control-Max-Age"] ?? "") ?? 0 > 0)
        let ok = try await client.exchange(get("/api/v1/articles/zafra"))
        #expect(ok.headers["Access-Control-Expose-Headers"]?.contains("ETag") == true)
        for path in ["/api/v1/articles/nothing", "/api/v1/articles?limit=1", "/api/v1/nothing", "/api/v1/entities/x/y", "/api/v2"] {
            let error = try await client.exchange(get(path))
            #expect(error.status >= 400 && error.headers["Access-Control-Allow-Origin"] == "*", "\(path)")
        }
        let pretty = try await client.exchange(get("/api/v1/articles/zafra?pretty"))
        #expect(pretty.headers["ETag"] != nil && pretty.headers["ETag"] != ok.headers["ETag"])
        let prettyList = try await client.exchange(get("/api/v1/articles?pretty"))
        let compactList = try await client.exchange(get("/api/v1/articles"))
        #expect(prettyList.headers["ETag"] != compactList.headers["ETag"])
        await server.stop()
    }
}
