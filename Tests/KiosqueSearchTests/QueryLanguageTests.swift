import KiosqueCorpus
@testable import KiosqueSearch
import Testing

/// The query language on small made-up documents: operators, grouping, phrases in every
/// quote style, fields, and lenient reading of malformed queries.
@Suite struct QueryLanguageTests {
    static func document(_ id: String, title: String, _ body: String, author: String? = nil, source: String? = nil,
                         entities: [(id: String, type: EntityType, name: String)] = []) -> SearchDocument {
        SearchDocument(id: id, title: title, paragraphs: [body], entities: entities, source: source, author: author, month: nil, day: nil)
    }

    static let index = SearchIndex(documents: [
        document("roi-france", title: "Chronique", "Le roi de France règne sur le pays."),
        document("roi-espagne", title: "Chronique", "Le roi d'Espagne reçoit un ambassadeur.", author: "Jean Dupont"),
        document("navire-mer", title: "Le navire", "Un navire quitte le port vers la mer.", source: "Gazette maritime"),
        document("vaisseau-mer", title: "Départ", "Le vaisseau prend la mer au matin.", entities: [(id: "brest", type: .place, name: "Brest")]),
        document("navire-port", title: "Au port", "Le navire reste au port tout l'hiver."),
        document("coup", title: "Récit", "Tout à coup, le vent tourna. Le coup fut rude, mais tout alla bien."),
    ])

    static func ids(_ text: String) throws -> Set<String> {
        var query = SearchQuery(text: text)
        query.prefixLastTerm = false
        return Set(try index.search(query).hits.map(\.id))
    }

    @Test func booleanOperators() throws {
        #expect(try Self.ids("roi AND France") == ["roi-france"])
        #expect(try Self.ids("roi France") == ["roi-france"])
        #expect(try Self.ids("roi NOT France") == ["roi-espagne"])
        #expect(try Self.ids("roi -France") == ["roi-espagne"])
        #expect(try Self.ids("(navire OR vaisseau) AND mer") == ["navire-mer", "vaisseau-mer"])
        #expect(try Self.ids("navire OR vaisseau") == ["navire-mer", "vaisseau-mer", "navire-port"])
        #expect(try Self.ids("(roi AND France) OR vaisseau") == ["roi-france", "vaisseau-mer"])
        // Lower-case operators are words, not operators: nothing has all three.
        #expect(try Self.ids("navire or vaisseau").isEmpty)
    }

    @Test func phrasesInEveryQuoteStyle() throws {
        for text in ["\"tout à coup\"", "« tout à coup »", "“tout à coup”"] {
            #expect(try Self.ids(text) == ["coup"], "\(text)")
        }
        #expect(try Self.ids("\"coup à tout\"").isEmpty)
    }

    @Test func fields() throws {
        #expect(try Self.ids("title:navire") == ["navire-mer"])
        #expect(try Self.ids("navire") == ["navire-mer", "navire-port"])
        #expect(try Self.ids("author:dupont") == ["roi-espagne"])
        #expect(try Self.ids("roi author:dupont") == ["roi-espagne"])
        #expect(try Self.ids("roi -author:dupont") == ["roi-france"])
        #expect(try Self.ids("source:maritime") == ["navire-mer"])
        #expect(try Self.ids("entity:brest") == ["vaisseau-mer"])
        #expect(try Self.ids("entity:nowhere").isEmpty)
    }

    @Test func malformedQueriesAreReadLeniently() throws {
        #expect(try Self.ids("(navire OR vaisseau") == ["navire-mer", "vaisseau-mer", "navire-port"])
        #expect(try Self.ids("navire)") == ["navire-mer", "navire-port"])
        #expect(try Self.ids("\"tout à coup") == ["coup"])
        #expect(try Self.ids("OR navire AND") == ["navire-mer", "navire-port"])
        #expect(try Self.ids("NOT") .isEmpty)
        for text in ["(((", ")))", "\"", "« »", "title:", "-", "NOT NOT navire", "a OR OR b", "((a) OR (b", String(repeating: "(", count: 500) + "roi"] {
            _ = try Self.index.search(SearchQuery(text: text))  // no throw, no crash, no hang
        }
        #expect(try Self.ids(String(repeating: "(", count: 200) + "roi France") == ["roi-france"])
    }

    @Test func parserShapes() throws {
        let parsed = try QueryParser.parse("a b OR c -d", prefixLast: false)
        #expect(parsed.required == [[.term("a", prefix: false)], [.term("b", prefix: false), .term("c", prefix: false)]])
        #expect(parsed.excluded == [.term("d", prefix: false)])
        let typed = try QueryParser.parse("navire port", prefixLast: true)
        #expect(typed.required.last == [.typed("port")])
        #expect(try QueryParser.parse("télé*", prefixLast: false).required == [[.term("télé", prefix: true)]])
        #expect(try QueryParser.parse("title:navire", prefixLast: false).required == [[.titleTerm("navire", prefix: false)]])
        #expect(throws: QueryError.self) { try QueryParser.parse("   ", prefixLast: false) }
    }
}
