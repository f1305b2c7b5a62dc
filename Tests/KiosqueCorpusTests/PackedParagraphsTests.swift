@testable import KiosqueCorpus
import Testing

/// Packed paragraphs give back each paragraph as given: empty ones, multi-byte scalars, one
/// long paragraph among short ones, in any order of access.
@Suite struct PackedParagraphsTests {
    static let paragraphs = ["", "Première phrase.", "𝒜 propos de Noël 🇫🇷", "", String(repeating: "é", count: 70_000), "x"]

    @Test func givesBackEveryParagraph() throws {
        let packed = try #require(PackedParagraphs(Self.paragraphs))
        #expect(packed.count == Self.paragraphs.count)
        for position in Self.paragraphs.indices.reversed() {
            #expect(packed.paragraph(at: position) == Self.paragraphs[position])
        }
    }

    /// The index tokenizes the bytes `withUTF8` gives: each paragraph's, whole and alone.
    @Test func givesBackEveryParagraphsUTF8() {
        let text = ParagraphText(Self.paragraphs)
        for position in Self.paragraphs.indices.reversed() {
            #expect(text.withUTF8(at: position) { Array($0) } == Array(Self.paragraphs[position].utf8))
        }
    }

    @Test func noParagraphs() throws {
        let packed = try #require(PackedParagraphs([]))
        #expect(packed.count == 0)
        #expect(ParagraphText([]).isEmpty)
    }

    /// A parsed article's text is packed and equal, element by element and as a whole, to its strings.
    @Test func paragraphTextOfStrings() {
        let text = ParagraphText(Self.paragraphs)
        #expect(Array(text) == Self.paragraphs)
        #expect(text.strings == Self.paragraphs)
        #expect(text == ParagraphText(Self.paragraphs))
        #expect(text != ParagraphText(Array(Self.paragraphs.dropLast())))
        #expect(text.hashValue == ParagraphText(Self.paragraphs).hashValue)
    }
}
