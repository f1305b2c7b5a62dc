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
        var documents = (0..<160).map { IndexEquivalenceTests.document($0, title: "Le navire", paragraphs: Self.paragraphs(&generator, texts: texts)) }
        // Past 65,535 positions the index keeps none: those paragraphs are always scanned.
        let long = Array(repeating: "vent nuit", count: 20_000).joined(separator: " ")
        documents.append(IndexEquivalenceTests.document(160, title: "Long", paragraphs: [long, long + " navire roi", "pêche à la fois"]))
        let index = SearchIndex(documents: documents)
        var marked = 0, phraseMarks = 0
        for round in 0..<16 {
            let terms = Set((0..<(1 + round % 4)).map { _ in Int32.random(in: 0..<Int32(index.postings.termCount), using: &generator) })
            // Phrases whose words often follow each other here, and rarely with other words.
            let phraseTexts = [["à", "la", "fois"], ["tout", "à", "coup"], ["la", "fois"], ["mer", "tout"], ["navire", "roi"]]
            let phrases = round % 2 == 0 ? [phraseTexts[round / 2 % phraseTexts.count].map { Self.terms(of: $0, in: index) }] : []
            let screened = Highlighter(index: index, terms: terms, phrases: phrases)
            let full = Highlighter(index: index, terms: terms, phrases: phrases, scanEveryParagraph: true)
            for doc in 0..<index.count {
                let a = screened.hit(doc, score: 1), b = full.hit(doc, score: 1)
                #expect(a.highlights == b.highlights, "doc \(doc), terms \(terms.map { index.vocabulary.stems[Int($0)] })")
                #expect(a.snippet == b.snippet, "doc \(doc)")
                marked += b.highlights.count
                phraseMarks += b.highlights.filter { Self.spansWords($0, in: documents[doc]) }.count
            }
        }
        #expect(marked > 300)  // the comparison is not between empty marks
        #expect(phraseMarks > 20)
    }

    /// Without a phrase the scan of a paragraph stops at its last possible mark (as many as the
    /// positions of the marked words' terms there): common, accented, hyphenated and elided
    /// words, often several to a paragraph, must still be marked as a full scan marks them.
    @Test func scansCutAtTheLastPossibleMarkMissNone() {
        var generator = SeededGenerator(seed: 31)
        let texts = IndexEquivalenceTests.tricky + IndexEquivalenceTests.randomTexts(count: 60, seed: 32)
        let documents = (0..<200).map { IndexEquivalenceTests.document($0, title: "Le roi", paragraphs: Self.paragraphs(&generator, texts: texts)) }
        let index = SearchIndex(documents: documents)
        var marked = 0
        for round in 0..<24 {
            let words = (0...(round % 3)).map { _ in Self.french.randomElement(using: &generator) ?? "mer" }
            let terms = Set(words.flatMap { Self.terms(of: $0, in: index) })
            let screened = Highlighter(index: index, terms: terms)
            let full = Highlighter(index: index, terms: terms, scanEveryParagraph: true)
            for doc in 0..<index.count {
                let a = screened.hit(doc, score: 1), b = full.hit(doc, score: 1)
                #expect(a.highlights == b.highlights, "doc \(doc), words \(words)")
                #expect(a.snippet == b.snippet, "doc \(doc), words \(words)")
                marked += b.highlights.count
            }
        }
        #expect(marked > 2000)  // paragraphs with many marks, not a comparison of empty ones
    }

    /// Whether a paragraph mark covers more than one word (a phrase's).
    static func spansWords(_ mark: Highlight, in document: SearchDocument) -> Bool {
        guard case .paragraph(let number) = mark.field else { return false }
        let units = Array(document.paragraphs[number].utf16)[mark.utf16Start..<(mark.utf16Start + mark.utf16Length)]
        return units.contains(0x20)
    }

    /// The terms a word is indexed under (`à` → its stem's term).
    static func terms(of word: String, in index: SearchIndex) -> [Int32] {
        SearchAnalysis.analyzer.analyze(word).compactMap { index.vocabulary.termIDs[$0.stem] }
    }

    @Test func searchMarksTheLongDocumentPastTheLastIndexedPosition() throws {
        let long = Array(repeating: "mer tout", count: 20_000).joined(separator: " ")
        let index = SearchIndex(documents: [IndexEquivalenceTests.document(0, title: "Long", paragraphs: [long, long + " navire", "rien"])])
        let hit = try #require(try index.search(SearchQuery(text: "navire ")).hits.first)
        #expect(hit.highlights.map(\.field) == [.paragraph(1)])
    }
}
