import KiosqueCorpus
@testable import KiosqueSearch
import Testing

/// The highlighter scans only the paragraphs that hold a position of a matched term: its
/// highlights and snippets must be those of scanning every paragraph.
@Suite struct ParagraphScreenTests {
    /// Words whose accented forms fold alike but may stem apart, hyphenated and elided words.
    static let french = ["pêche", "péché", "peche", "marché", "marche", "été", "porte-avions", "l'avion", "d’été", "navire",
                         "navires", "Navire", "roi", "rois", "mer", "à", "la", "fois", "tout", "coup", "aujourd'hui", "Québec"]

    static func paragraphs(_ generator: inout SeededGenerator, texts: [String]) -> [String] {
        (0..<Int.random(in: 1...6, using: &generator)).map { _ in
            if Bool.random(using: &generator), let text = texts.randomElement(using: &generator) { return text }
            return (0..<Int.random(in: 0...25, using: &generator)).map { _ in french.randomElement(using: &generator) ?? "mer" }
                .joined(separator: " ")
        }
    }

    @Test func screenedHitsAreThoseOfAFullScan() {
        var generator = SeededGenerator(seed: 21)
        let texts = IndexEquivalenceTests.tricky + IndexEquivalenceTests.randomTexts(count: 60, seed: 22)
        var documents = (0..<240).map { IndexEquivalenceTests.document($0, title: "Le navire", paragraphs: Self.paragraphs(&generator, texts: texts)) }
        // Past 65,535 positions the index keeps none: those paragraphs are always scanned.
        let long = Array(repeating: "mer tout", count: 20_000).joined(separator: " ")
        documents.append(IndexEquivalenceTests.document(240, title: "Long", paragraphs: [long, long + " navire roi", "pêche à la fois"]))
        let index = SearchIndex(documents: documents)
        var marked = 0
        for round in 0..<40 {
            let terms = Set((0..<(1 + round % 4)).map { _ in Int32.random(in: 0..<Int32(index.postings.termCount), using: &generator) })
            let phrase = round % 3 == 0 ? [Array(terms.prefix(1)), [Int32.random(in: 0..<Int32(index.postings.termCount), using: &generator)]] : nil
            let phrases = phrase.map { [$0] } ?? []
            let screened = Highlighter(index: index, terms: terms, phrases: phrases)
            let full = Highlighter(index: index, terms: terms, phrases: phrases, scanEveryParagraph: true)
            for doc in 0..<index.count {
                let a = screened.hit(doc, score: 1), b = full.hit(doc, score: 1)
                #expect(a.highlights == b.highlights, "doc \(doc), terms \(terms.map { index.vocabulary.stems[Int($0)] })")
                #expect(a.snippet == b.snippet, "doc \(doc)")
                marked += b.highlights.count
            }
        }
        #expect(marked > 1000)  // the comparison is not between empty marks
    }

    @Test func searchMarksTheLongDocumentPastTheLastIndexedPosition() throws {
        let long = Array(repeating: "mer tout", count: 20_000).joined(separator: " ")
        let index = SearchIndex(documents: [IndexEquivalenceTests.document(0, title: "Long", paragraphs: [long, long + " navire", "rien"])])
        let hit = try #require(try index.search(SearchQuery(text: "navire ")).hits.first)
        #expect(hit.highlights.map(\.field) == [.paragraph(1)])
    }
}
