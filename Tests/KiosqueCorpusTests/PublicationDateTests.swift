import KiosqueCorpus
import KiosqueText
import Testing

/// Publication dates: ISO 8601 in, UTC out; impossible dates refused; years in datelines.
@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("2021-11-19", "2021-11-19"), ("2021-11-19T08:30:00Z", "2021-11-19T08:30:00Z"),
        ("2021-11-19T08:30Z", "2021-11-19T08:30:00Z"), ("2022-01-01T00:30:00+01:00", "2021-12-31T23:30:00Z"),
        ("2021-12-31T23:00:00-0200", "2022-01-01T01:00:00Z"), ("2020-02-29T10:00:00.123Z", "2020-02-29T10:00:00Z"),
        ("2021-11-19 08:30:00", "2021-11-19T08:30:00Z"),
    ])
    func isoDatesAreReadAndGivenInUTC(text: String, expected: String) {
        #expect(PublicationDate(iso: text)?.iso == expected, "\(text)")
    }

    @Test(arguments: ["2021-02-29", "2021-02-30", "2021-04-31", "2021-13-01", "2021-00-10", "2021-1-5", "19/11/2021",
                      "2021-11-19T25:00Z", "2021-11-19T10:00+2", "2021-11-19Tfoo", "", "2021-11-19Z"])
    func impossibleOrMalformedDatesAreRefused(text: String) {
        #expect(PublicationDate(iso: text) == nil, "\(text)")
    }

    @Test func jsonlAliasesAreReadAndReportedOncePerFile() {
        let lines = [
            #"{"title":"A","paragraphs":["P"],"date":"2021-01-02"}"#,
            #"{"title":"B","paragraphs":["P"],"date":"2021-01-03"}"#,
            #"{"title":"C","paragraphs":["P"],"published":"2020-05-06","publishedAt":"1999-01-01"}"#,
            #"{"title":"D","paragraphs":["P"],"datePublished":"2021-02-31"}"#,
            #"{"title":"E","paragraphs":["P"],"published":20210101}"#,
            #"{"title":"F","paragraphs":["P"],"published":" "}"#,
        ]
        let parsed = JSONLParser.parse(Array(lines.joined(separator: "\n").utf8), path: "t.jsonl")
        #expect(parsed.articles.map { $0.published?.iso } == ["2021-01-02", "2021-01-03", "2020-05-06", nil])
        #expect(parsed.notes.map(\.description) == ["t.jsonl:1: publication dates read from field 'date' (an alias of 'published')"])
        #expect(parsed.errors.map(\.location.line) == [4, 5])
        #expect(parsed.errors.first?.message.contains("'datePublished'") == true)
    }

    @Test func seedDatelineYearGivesThePublicationDate() throws {
        let dated = "# Titre\n---\nParis, 1er mars 2021 (RHC) Le texte commence ici.\n"
        let article = try SeedParser.parse(Array(dated.utf8), path: "a.txt")
        #expect(article.published?.iso == "2021-03-01")
        #expect(article.dateline?.raw == "Paris, 1er mars 2021 (RHC)" && article.dateline?.day == 1 && article.dateline?.month == 3)
        let yearless = try SeedParser.parse(Array("# Titre\n---\nParis, 29 février (RHC) Texte.\n".utf8), path: "b.txt")
        #expect(yearless.published == nil && yearless.dateline?.day == 29)
        for impossible in ["Paris, 31 février (RHC) Texte.", "Paris, 29 février 2021 (RHC) Texte.", "Paris, 31 avril (RHC) Texte."] {
            #expect(throws: ArticleParseError.self, "\(impossible)") {
                try SeedParser.parse(Array("# Titre\n---\n\(impossible)\n".utf8), path: "c.txt")
            }
            do {
                _ = try SeedParser.parse(Array("# Titre\n---\n\(impossible)\n".utf8), path: "c.txt")
            } catch {
                #expect(error.description.hasPrefix("c.txt:3: impossible date"), "\(error)")
            }
        }
    }

    @Test func unsafeIDsAreSlugged() {
        #expect(ArticleID.isSafe("277616") && ArticleID.isSafe("a-b_c.d~e"))
        #expect(!ArticleID.isSafe("a/b?c") && !ArticleID.isSafe(".hidden") && !ArticleID.isSafe("été"))
        #expect(ArticleID.slug("a/b?c", title: "T", paragraphs: ["P"]) == "a-b-c")
        #expect(ArticleID.slug("Été 2021!", title: "T", paragraphs: ["P"]) == "ete-2021")
        #expect(ArticleID.isSafe(ArticleID.slug("///", title: "T", paragraphs: ["P"])))
    }

    @Test func frenchAndNaturalOrders() {
        let titles = ["Zafra", "été", "Été", "Est", "etat"]
        #expect(titles.sorted(by: Collation.frenchPrecedes) == ["Est", "etat", "Été", "été", "Zafra"])
        #expect(["n10", "n9", "n1", "m2"].sorted(by: Collation.naturalPrecedes) == ["m2", "n1", "n9", "n10"])
    }
}
