@testable import KiosqueCorpus
import Testing

/// A compact mention keeps no UTF-16 range: the one it gives back, counted in its field's text,
/// is the range the extractor found, past accents, ligatures and scalars outside the BMP.
@Suite struct CompactMentionTests {
    static let article = Article(id: "a", title: "Élysée : 🇫🇷 Macron reçoit Œdipe", dateline: Dateline(raw: "Paris, 5 mai (AFP)", place: "Paris", day: 5, month: 5),
                                 author: "Zoé Lévêque", agency: "AFP", source: nil, url: nil, publisher: nil,
                                 paragraphs: ["Première phrase.", "𝒜 propos de Noël, à Île-de-France : Jean-Loïc Ødegaard."],
                                 origin: SourceLocation(path: "t.jsonl", line: 1))

    /// The mention of `name` in `field`, its ranges counted as the extractor counts them.
    static func mention(_ name: String, in field: TextField) throws -> Mention {
        let text = field.text(in: article)
        let range = try #require(text.range(of: name))
        let utf8 = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let utf16 = text.utf16.distance(from: text.startIndex, to: range.lowerBound)
        return Mention(text: name, field: field, utf8Range: utf8..<utf8 + name.utf8.count, utf16Range: utf16..<utf16 + name.utf16.count)
    }

    @Test(arguments: [("Élysée", TextField.title), ("Macron", .title), ("Œdipe", .title), ("Paris", .dateline), ("AFP", .dateline),
                      ("Zoé Lévêque", .author), ("Première", .paragraph(0)), ("Noël", .paragraph(1)), ("Île-de-France", .paragraph(1)),
                      ("Jean-Loïc Ødegaard", .paragraph(1))])
    func givesBackTheExtractorsRanges(_ name: String, _ field: TextField) throws {
        let mention = try Self.mention(name, in: field)
        #expect(CompactMention(mention).mention(in: Self.article) == mention)
        #expect(MemoryLayout<CompactMention>.stride == 12)
    }
}
