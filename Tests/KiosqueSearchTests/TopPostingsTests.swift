import KiosqueCorpus
@testable import KiosqueSearch
import Testing

/// Block-max top-k over one list must give exactly the page that ranking every hit gives.
@Suite struct TopPostingsTests {
    @Test func agreesWithFullRanking() throws {
        var generator = SeededGenerator(seed: 16)
        let vocabulary = ["navire", "port", "mer", "vent", "voile", "quai", "roi", "terre"]
        // Enough documents for many blocks of postings, with lengths and frequencies that vary.
        let documents = (0..<3000).map { number in
            let words = (0..<Int.random(in: 3...60, using: &generator)).map { _ in vocabulary.randomElement(using: &generator) ?? "mer" }
            return SearchDocument(id: "d\(number)", title: number % 7 == 0 ? "Le navire" : "Note", paragraphs: [words.joined(separator: " ")],
                                  entities: [], source: nil, author: nil, month: nil, day: nil)
        }
        let index = SearchIndex(documents: documents)
        for word in vocabulary {
            for page in 1...4 {
                var fast = SearchQuery(text: word + " ")
                fast.page = page
                fast.pageSize = 7
                var full = SearchQuery(text: word + " -introuvable ")  // an exclusion takes the general path
                full.page = page
                full.pageSize = 7
                let a = try index.search(fast), b = try index.search(full)
                #expect(a.total == b.total)
                #expect(a.hits.map(\.id) == b.hits.map(\.id), "\(word) page \(page)")
                #expect(a.hits.map(\.score) == b.hits.map(\.score))
            }
        }
    }
}
