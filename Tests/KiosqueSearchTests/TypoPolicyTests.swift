import KiosqueCorpus
@testable import KiosqueSearch
import Testing

/// Typo tolerance must not hurt relevance: a word the index has is taken as meant, and a
/// rare word that merely starts like a common one does not outrank it.
@Suite struct TypoPolicyTests {
    static func document(_ id: String, _ text: String) -> SearchDocument {
        SearchDocument(id: id, title: "Note", paragraphs: [text], entities: [], source: nil, author: nil, month: nil, day: nil)
    }

    static func ids(_ index: SearchIndex, _ text: String, prefix: Bool = false) throws -> [String] {
        var query = SearchQuery(text: text)
        query.prefixLastTerm = prefix
        return try index.search(query).hits.map(\.id)
    }

    /// A common word ("fichier", 5 documents) beside rare near-misses of it.
    static let files = SearchIndex(documents: (1...5).map { document("exact\($0)", "Le fichier est ouvert.") } + [
        document("typo", "Le fichierr est ouvert."),
        document("digit", "Le fichier1 est ouvert."),
        document("trace", "La trace est nette."),
        document("trame", "La trame est nette."),
    ])

    @Test func exactWordDoesNotPullItsNeighbours() throws {
        #expect(try Set(Self.ids(Self.files, "fichier")) == Set((1...5).map { "exact\($0)" }))
        #expect(try Self.ids(Self.files, "trame") == ["trame"])
        #expect(try Self.ids(Self.files, "trace") == ["trace"])
    }

    @Test func misspelledWordStillFindsItsMatch() throws {
        // "fichierx" is no word of the index: every word 1 edit away is taken.
        #expect(try Set(Self.ids(Self.files, "fichierx")) == Set((1...5).map { "exact\($0)" } + ["typo", "digit"]))
        #expect(try Self.ids(Self.files, "tramx") == ["trame"])
        // A prefix word with no exact match and no word it starts is corrected too.
        #expect(try Self.ids(Self.files, "tramx", prefix: true) == ["trame"])
    }

    @Test func exactMatchesRankAbovePrefixMatches() throws {
        // Without the cap, the rare "fichierr" and "fichier1" (high idf) outrank the common word.
        let hits = try Self.ids(Self.files, "fichier", prefix: true)
        #expect(hits.count == 7)
        #expect(Set(hits.prefix(5)) == Set((1...5).map { "exact\($0)" }))
        #expect(Set(hits.suffix(2)) == ["typo", "digit"])
    }

    @Test func prefixIdfIsCappedOnlyWhenTheWordExists() throws {
        let index = Self.files
        let exact = Set(index.exactTerms(of: "fichier"))
        let cap = try #require(exact.map(index.idf).min())
        let prefixed = index.expansions(of: "fichier", prefix: true).filter { !exact.contains($0.term) }
        #expect(prefixed.count == 2)
        for expansion in prefixed {
            #expect(index.idf(expansion.term) > cap)
            #expect(expansion.factor == SearchIndex.MatchWeight.prefix * cap)
        }
        // "fichie" is not a word: its prefix expansions keep their own idf.
        for expansion in index.expansions(of: "fichie", prefix: true) {
            #expect(expansion.factor == SearchIndex.MatchWeight.prefix * index.idf(expansion.term))
        }
    }

    @Test func typoBudgetByLength() throws {
        let index = SearchIndex(documents: [Self.document("short", "Le chat dort."), Self.document("long", "La coopération avance.")])
        #expect(try Self.ids(index, "chet").isEmpty)  // 4 letters: no typo allowed
        #expect(try Self.ids(index, "cooperatino") == ["long"])  // transposition, 1 edit
        #expect(try Self.ids(index, "coperatino") == ["long"])  // 2 edits from 9 letters
        #expect(try Self.ids(index, "cxoperatixn") == ["long"])
        #expect(try Self.ids(index, "cxxperatixn").isEmpty)  // 3 edits
    }
}
