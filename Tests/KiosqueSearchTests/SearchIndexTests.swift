import KiosqueCorpus
@testable import KiosqueSearch
import KiosqueTestSupport
import KiosqueText
import Testing

/// Search over the two seeds, through the public `search` API.
@Suite struct SearchIndexTests {
    /// Loaded once; a seeds directory that cannot be loaded fails every test that reads it.
    static let loaded = Result { try CorpusLoader.load(paths: [try PackageRoot.path("seeds")]) }
    static let indexed = loaded.map { SearchIndex(corpus: $0) }
    static var corpus: Corpus { get throws { try loaded.get() } }
    static var index: SearchIndex { get throws { try indexed.get() } }
    static let cooperation = "277616", liens = "273805"

    func ids(_ text: String, prefix: Bool = false) throws -> [String] {
        var query = SearchQuery(text: text)
        query.prefixLastTerm = prefix
        return try Self.index.search(query).hits.map(\.id)
    }

    @Test func unaccentedQueryFindsAccentedText() throws {
        #expect(try Self.corpus.articles.count == 2)
        #expect(try ids("borisov").contains(Self.cooperation))  // it writes "Borísov"
        #expect(try Set(ids("borisov")) == [Self.cooperation, Self.liens])
    }

    @Test func termsRankBothArticles() throws {
        #expect(try Set(ids("cooperation russie")) == [Self.cooperation, Self.liens])
    }

    @Test func phraseHit() throws {
        let result = try Self.index.search(SearchQuery(text: "\"la havane\""))
        #expect(result.total == 2)
        #expect(try ids("\"havane la\"").isEmpty)
    }

    @Test func elisionAndStemming() throws {
        let result = try Self.index.search(SearchQuery(text: "l'economie"))
        #expect(result.total >= 1)
        let marked = try result.hits.flatMap { hit in
            try hit.highlights.map { highlight in try Self.slice(hit.id, highlight) }
        }
        #expect(marked.contains { TextFolding.foldAccents($0).hasPrefix("econom") })
        #expect(marked.contains("économique") || marked.contains("économiques"))
    }

    @Test func typoFindsPoutine() throws {
        #expect(try ids("poutin") == [Self.liens])
        #expect(try ids("poutnie") == [Self.liens])  // transposition
    }

    @Test func exclusion() throws {
        #expect(try ids("cuba -washington") == [Self.liens])
        #expect(try ids("cuba -\"la havane\"").isEmpty)
    }

    @Test func orAndPrefix() throws {
        #expect(try Set(ids("zakharova OR poutine")) == [Self.cooperation, Self.liens])
        #expect(try ids("zakha*") == [Self.cooperation])
        #expect(try ids("zakh", prefix: true) == [Self.cooperation])
    }

    @Test func exactWordDoesNotPullFuzzyNeighbours() throws {
        // "pandémie" exists, so "pandémia" (1 edit away) is not what the user meant.
        let docs = [
            SearchDocument(id: "exact", title: "Rapport", paragraphs: ["La pandémie recule."], entities: [], source: nil, author: nil, month: nil, day: nil),
            SearchDocument(id: "fuzzy", title: "Rapport", paragraphs: ["La pandémia recule."], entities: [], source: nil, author: nil, month: nil, day: nil),
        ]
        let index = SearchIndex(documents: docs)
        var query = SearchQuery(text: "pandémie")
        query.prefixLastTerm = false
        #expect(try index.search(query).hits.map(\.id) == ["exact"])
    }

    @Test func filtersFacetsAndPaging() throws {
        var query = SearchQuery(text: "cuba")
        query.entityIDs = ["maria-zakharova"]
        #expect(try Self.index.search(query).hits.map(\.id) == [Self.cooperation])
        query = SearchQuery(text: "cuba")
        query.source = "Prensa Latina"
        #expect(try Self.index.search(query).total == 1)
        query = SearchQuery(text: "cuba")
        query.pageSize = 1
        query.page = 2
        let second = try Self.index.search(query)
        #expect(second.total == 2 && second.hits.count == 1)
        query.page = 3
        #expect(try Self.index.search(query).hits.isEmpty)
        let facets = try Self.index.search(SearchQuery(text: "cuba")).facets
        #expect(facets.entities.first { $0.id == "cuba" }?.count == 2)
        #expect(facets.types.first { $0.value == "PERSON" }?.count == 2)
        #expect(facets.sources.map(\.value) == ["Prensa Latina"])
        #expect(facets.months.isEmpty && facets.years.isEmpty)  // the seeds' datelines have no year
    }

    @Test func queryErrors() throws {
        #expect(throws: QueryError.self) { try Self.index.search(SearchQuery(text: "   ")) }
        #expect(try Self.index.search(SearchQuery(text: "-washington")).hits.map(\.id) == [Self.liens])  // only exclusions
        #expect(try Self.index.search(SearchQuery(text: "!!! ...")).total == 0)  // no words: nothing matches
        #expect(throws: QueryError.self) { try Self.index.search(SearchQuery(text: String(repeating: "a", count: 1025))) }
    }

    @Test func snippetsEscapeHTMLAndMark() throws {
        let docs = [SearchDocument(id: "x", title: "T", paragraphs: ["Le <script> de Cuba & co"], entities: [], source: nil, author: nil, month: nil, day: nil)]
        let hit = try #require(try SearchIndex(documents: docs).search(SearchQuery(text: "cuba")).hits.first)
        #expect(hit.snippet == "Le &lt;script&gt; de <mark>Cuba</mark> &amp; co")
    }

    /// Property: over many queries, every highlight sliced from the original text folds to a
    /// word the query asked for (exactly, by stem, as a prefix, or within the typo distance).
    @Test func everyHighlightFoldsToAQueryTerm() throws {
        let index = try Self.index
        let vocabulary = try Self.corpus.articles.flatMap { ($0.paragraphs + [$0.title]).flatMap { FrenchAnalyzer().analyze($0) } }
            .filter { !$0.isStopWord && $0.folded.count >= 3 && !$0.folded.contains("-") }
        var generator = SeededGenerator(seed: 20261124)
        var checked = 0
        for round in 0..<200 {
            let count = 1 + round % 3
            var words = (0..<count).map { _ in vocabulary.randomElement(using: &generator)?.normalized ?? "cuba" }
            if round % 5 == 0, let first = words.first, first.count > 4 { words[0] = String(first.dropLast()) + "x" }  // a typo
            let text = words.joined(separator: " ")
            let result = try index.search(SearchQuery(text: text))
            // Stems of the indexed words a typo may have meant (computed apart from the index's own expansion).
            let corrected: Set<String> = Set(words.flatMap { word -> [String] in
                let folded = TextFolding.foldAccents(word)
                guard folded.count >= 5 else { return [] }
                return index.words.filter {
                    EditDistance.within(Array(folded.unicodeScalars), Array($0.unicodeScalars), folded.count >= 9 ? 2 : 1)
                }.map { SearchAnalysis.stem($0) }
            })
            for hit in result.hits {
                for highlight in hit.highlights {
                    let marked = TextFolding.foldAccents(try Self.slice(hit.id, highlight))
                    let ok = words.contains { word in
                        let folded = TextFolding.foldAccents(word)
                        let stem = SearchAnalysis.stem(word)
                        return marked == folded || SearchAnalysis.stem(marked) == stem || marked.hasPrefix(folded)
                            || EditDistance.within(Array(folded.unicodeScalars), Array(marked.unicodeScalars), folded.count >= 9 ? 2 : 1)
                            || corrected.contains(SearchAnalysis.stem(marked))
                    }
                    #expect(ok, "query '\(text)': highlight '\(marked)' matches no query word")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }

    static func slice(_ id: String, _ highlight: Highlight) throws -> String {
        guard let article = try corpus.article(id: id) else { return "" }
        let text = highlight.field.text(in: article)
        let units = Array(text.utf16)[highlight.utf16Start..<(highlight.utf16Start + highlight.utf16Length)]
        return String(decoding: units, as: UTF16.self)
    }
}

/// A deterministic generator (SplitMix64), so the property test checks the same queries on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
