@testable import KiosqueCorpus
import Testing

/// Titles and paragraphs of one or two words are where a rule that looks past its word runs off
/// the end of the text: every word the rules know is tried alone, at a text's end and before a
/// cut-off complement. Passing means no trap: the extractor never crashes on an article.
@Suite struct ShortTextTests {
    private static let words: [String] = {
        var words = Lexicon.classNouns.allKeys
        for fact in LexiconFact.allCases { words += fact.list?.members ?? [] }
        return Array(Set(words)).sorted().map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }()

    @Test func everyKnownWordAloneOrCutOffIsSafe() async throws {
        // (Thousands of extractions: off the cooperative pool, see `OwnThread`.)
        let extracted = try await OwnThread.run {
            let extractor = EntityExtractor()
            var extracted = 0
            for word in Self.words {
                _ = extractor.extract(title: word, paragraphs: [word, "Le \(word) de", "Texte. \(word)", "\(word) (", "L’\(word) du"])
                extracted += 1
            }
            return extracted
        }
        #expect(extracted > 3_000)
    }

    @Test func aTitleOfOneEventHeadIsNoName() {
        let entities = EntityExtractor().extract(title: "Carnaval", paragraphs: ["Festival"])
        #expect(entities.isEmpty)
    }
}
