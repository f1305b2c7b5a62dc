import KiosqueCorpus
@testable import KiosqueSearch
import KiosqueText
import Testing

/// The behaviours that went wrong on a real French collection, each on small made-up
/// documents: typos near the word typed, prefixes on surface forms, BM25 over whole fields,
/// phrase and field highlights, facets on demand.
@Suite struct RealScaleBehaviourTests {
    static func document(_ id: String, title: String = "Note", _ paragraphs: [String], author: String? = nil,
                         dateline: String? = nil, source: String? = nil,
                         entities: [(id: String, type: EntityType, name: String)] = []) -> SearchDocument {
        SearchDocument(id: id, title: title, paragraphs: paragraphs, entities: entities, source: source, author: author,
                       month: nil, day: nil, dateline: dateline)
    }

    static func search(_ index: SearchIndex, _ text: String, prefix: Bool = false) throws -> SearchResult {
        var query = SearchQuery(text: text)
        query.prefixLastTerm = prefix
        return try index.search(query)
    }

    // MARK: Typos

    static let words = SearchIndex(documents: [
        document("parlement", ["Le parlement vote la loi."]),
        document("parlementer", ["Ils veulent parlementer longtemps."]),
        document("par", ["Il passe par la porte."]),
        document("pal", ["Un pal de bois, pâle et droit."]),
        document("paris", ["Paris est une grande ville."]),
        document("part", ["Une part du gâteau."]),
        document("chat", ["Le chat dort."]),
        document("avec", ["Il vient avec elle."]),
        document("maison", ["La maison est grande."]),
    ])

    @Test func typoStaysNearTheWholeWord() throws {
        // Transposition "ne" ↔ "en" is one typo; "parlemnet" has 9 letters: two allowed.
        let hits = try Self.search(Self.words, "parlemnet", prefix: true).hits.map(\.id)
        #expect(Set(hits) == ["parlement"])
        #expect(try Set(Self.search(Self.words, "prlementer").hits.map(\.id)) == ["parlementer"])
    }

    @Test func typoTakesOnlyTheNearestWords() throws {
        // "pâlement" is two typos from "parlemnet", "parlement" one: only the nearer is taken.
        let index = SearchIndex(documents: [Self.document("parlement", ["Le parlement vote."]),
                                            Self.document("palement", ["Le pâlement du ciel."]),
                                            Self.document("pale", ["Un ciel pâle."])])
        #expect(try Self.search(index, "parlemnet").hits.map(\.id) == ["parlement"])
    }

    @Test func typoBudgetGrowsWithLength() throws {
        // 4 letters: no typo; 5–8: one; 9 and more: two.
        #expect(try Self.search(Self.words, "chst").total == 0)
        #expect(try Self.search(Self.words, "maisno").hits.map(\.id) == ["maison"])
        #expect(try Self.search(Self.words, "miasno").total == 0)
        #expect(try Self.search(Self.words, "parlmeent").hits.map(\.id) == ["parlement"])
    }

    @Test func typoNeverLandsOnAStopWord() throws {
        // "avecc" is one edit from the stop word "avec": no expansion.
        #expect(Self.words.typoExpansions(of: "avecc").isEmpty)
        #expect(StopWords.contains(folded: "avec"))
    }

    @Test func typoNeverReachesAStopWordThroughItsStem() throws {
        // "parement" may stem like the stop word "par": a typo of it must not reach every "par".
        let index = SearchIndex(documents: (0..<5).map { Self.document("par\($0)", ["Il passe par la porte."]) }
                                + [Self.document("parement", ["Le parement du mur."])])
        let hits = try Self.search(index, "paremnet").hits.map(\.id)
        #expect(!hits.contains { $0.hasPrefix("par") && $0 != "parement" })
    }

    @Test func typoExpansionsAreCappedNearestFirst() throws {
        // Twelve words one edit from "marchandx" (9 letters: two allowed), one two edits away,
        // and the far one the most frequent: the cap keeps the nearest.
        let near = "abcdefghijkl".map { "marchand\($0)" }
        let documents = near.enumerated().map { Self.document("n\($0.offset)", ["\($0.element) ici"]) }
            + (0..<5).map { Self.document("far\($0)", ["morchandy ici"]) }
        let index = SearchIndex(documents: documents)
        let expansions = index.typoExpansions(of: "marchandx")
        let words = Set(expansions.flatMap { index.vocabulary.words(ofTerm: $0.term).map { index.words[Int($0)] } })
        #expect(words.count == SearchIndex.typoWordLimit)
        #expect(words.isSubset(of: Set(near)))
    }

    @Test func typoRanksBelowExactAndPrefix() throws {
        // "maison" exists: its neighbours are never taken for it.
        let index = SearchIndex(documents: [Self.document("exact", ["maison"]), Self.document("near", ["maisons maisom"])])
        let hits = try Self.search(index, "maison").hits.map(\.id)
        #expect(hits.first == "exact" || hits.count == 2)
        #expect(index.expansions(of: "maison", prefix: false).allSatisfy { $0.factor >= SearchIndex.MatchWeight.exact * index.idf($0.term) })
    }

    // MARK: Prefixes

    @Test func prefixIsOnTheFoldedSurfaceForm() throws {
        let index = SearchIndex(documents: [
            Self.document("television", ["La télévision est allumée."]),
            Self.document("telegraphe", ["Le télégraphe sonne."]),
            Self.document("tellement", ["Il est tellement tard."]),
            Self.document("telle", ["Une telle chose."]),
            Self.document("tel", ["Tel est pris qui croyait prendre."]),
        ])
        let result = try Self.search(index, "télé*")
        #expect(Set(result.hits.map(\.id)) == ["television", "telegraphe"])
        let marked = result.hits.flatMap { hit in
            hit.highlights.compactMap { highlight -> String? in
                guard case .paragraph(let number) = highlight.field else { return nil }
                let paragraph = (0..<index.texts.count).map { index.texts[$0] }.first { $0.id == hit.id }?.paragraphs[number] ?? ""
                let text = Array(paragraph.utf16)
                return String(decoding: text[highlight.utf16Start..<(highlight.utf16Start + highlight.utf16Length)], as: UTF16.self)
            }
        }
        #expect(Set(marked) == ["télévision", "télégraphe"])
        // As you type, the last word also stands for itself.
        #expect(try Self.search(index, "tel", prefix: true).total == 5)
    }

    // MARK: Ranking

    @Test func termFrequencyCountsOverTheWholeBody() throws {
        let filler = Array(repeating: "le port est calme ce matin", count: 25).joined(separator: " ")
        let spread = (0..<7).map { "Un navire \($0) passe. " + filler.prefix(120) }
        let index = SearchIndex(documents: [
            Self.document("once", ["Un navire passe. " + filler]),
            Self.document("seven", spread),
        ])
        #expect(try Self.search(index, "navire").hits.map(\.id) == ["seven", "once"])
    }

    @Test func titleBoostAndDocumentOrderTies() throws {
        let index = SearchIndex(documents: [
            Self.document("body", title: "Nouvelles", ["Le navire arrive au port."]),
            Self.document("title", title: "Navire", ["Il arrive au port."]),
            Self.document("tie-a", title: "Mer", ["Une escale courte."]),
            Self.document("tie-b", title: "Mer", ["Une escale courte."]),
        ])
        #expect(try Self.search(index, "navire").hits.map(\.id) == ["title", "body"])
        #expect(try Self.search(index, "escale").hits.map(\.id) == ["tie-a", "tie-b"])
    }

    // MARK: Highlights

    @Test func phraseIsHighlightedAsAPhrase() throws {
        let text = "Tout le monde dort. Tout à coup, un coup de vent."
        let index = SearchIndex(documents: [Self.document("coup", [text])])
        let hit = try #require(try Self.search(index, "\"tout à coup\"").hits.first)
        let units = Array(text.utf16)
        let marked = hit.highlights.map { String(decoding: units[$0.utf16Start..<($0.utf16Start + $0.utf16Length)], as: UTF16.self) }
        #expect(marked == ["Tout à coup"])
        #expect(hit.snippet.contains("<mark>Tout à coup</mark>"))
    }

    @Test func metadataMatchesAreHighlightedInTheirField() throws {
        let index = SearchIndex(documents: [
            Self.document("a", ["Rien ici."], author: "Jean Dupont", dateline: "Moscou, 19 novembre (RHC)", source: "Gazette",
                          entities: [(id: "jean-dupont", type: .person, name: "Jean Dupont"), (id: "moscou", type: .place, name: "Moscou")]),
        ])
        let byAuthor = try #require(try Self.search(index, "dupont").hits.first)
        #expect(byAuthor.highlights.map(\.field) == [.author])
        let byDateline = try #require(try Self.search(index, "moscou").hits.first)
        #expect(byDateline.highlights.map(\.field) == [.dateline])
        let bySource = try #require(try Self.search(index, "source:gazette").hits.first)
        #expect(bySource.highlights.contains { $0.field == .source && $0.utf16Start == 0 && $0.utf16Length == 7 })
    }

    // MARK: Facets

    static let faceted = SearchIndex(documents: [
        document("a", ["Le port de Brest."], source: "Ouest", entities: [(id: "brest", type: .place, name: "Brest"), (id: "anne", type: .person, name: "Anne")]),
        document("b", ["Le port de Nantes."], source: "Presse", entities: [(id: "nantes", type: .place, name: "Nantes")]),
        document("c", ["Le port du Havre."], source: "Ouest", entities: [(id: "paul", type: .person, name: "Paul")]),
    ])

    @Test func facetsOnDemand() throws {
        var query = SearchQuery(text: "port")
        query.facets = []
        let none = try Self.faceted.search(query)
        #expect(none.total == 3 && none.facets.entities.isEmpty && none.facets.sources.isEmpty && none.facets.types.isEmpty)
        query.facets = [.entities]
        query.entityFacetLimit = 2
        let two = try Self.faceted.search(query)
        #expect(two.facets.entities.count == 2 && two.facets.sources.isEmpty)
        query.entityFacetLimit = 100
        query.entityType = .person
        let people = try Self.faceted.search(query)
        #expect(Set(people.facets.entities.map(\.id)) == ["anne", "paul"])
    }

    @Test func sourceFacetIsDisjunctive() throws {
        var query = SearchQuery(text: "port")
        query.sources = ["Ouest"]
        let result = try Self.faceted.search(query)
        #expect(Set(result.hits.map(\.id)) == ["a", "c"])
        #expect(Dictionary(uniqueKeysWithValues: result.facets.sources.map { ($0.value, $0.count) }) == ["Ouest": 2, "Presse": 1])
        query.sources = ["Ouest", "Presse"]
        #expect(try Self.faceted.search(query).total == 3)
    }
}
