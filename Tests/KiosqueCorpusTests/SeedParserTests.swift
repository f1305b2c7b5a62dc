import Foundation
@testable import KiosqueCorpus
import Testing

@Suite struct SeedParserTests {
    @Test(arguments: SeedFixtures.seedNames)
    func seedsParseExactlyAsTheGold(name: String) throws {
        let gold = try SeedFixtures.gold(name)
        let article = try SeedParser.parse(try SeedFixtures.seed(name), path: "\(name).txt")
        #expect(article.title == gold["title"] as? String)
        #expect(article.dateline?.raw == gold["date_or_dateline"] as? String)
        #expect(article.author == gold["author"] as? String)
        #expect(article.source == gold["source"] as? String)
        #expect(article.url == gold["url"] as? String)
        let paragraphs = gold["paragraphs"] as? [String] ?? []
        #expect(article.paragraphs.count == paragraphs.count)
        for (index, (mine, theirs)) in zip(article.paragraphs, paragraphs).enumerated() {
            #expect(mine == theirs, "paragraph \(index)")
        }
        #expect(article.publisher == "Radio Habana Cuba")
        #expect(article.agency == "RHC")
    }

    @Test func datelineParts() throws {
        let article = try SeedParser.parse(try SeedFixtures.seed("000_cff959b02f2fecdc"), path: "a.txt")
        #expect(article.dateline == Dateline(raw: "Moscou, 19 novembre (RHC)", place: "Moscou", day: 19, month: 11))
        #expect(article.id == "277616")
    }

    static func variant(_ name: String, of text: String) -> String {
        switch name {
        case "CRLF": return text.replacingOccurrences(of: "\n", with: "\r\n")
        case "BOM": return "\u{FEFF}" + text
        case "trailing spaces": return text.replacingOccurrences(of: "\n", with: "   \n")
        case "NBSP at line ends": return text.replacingOccurrences(of: ".\n", with: ".\u{00A0}\n")
        case "extra blank lines": return text.replacingOccurrences(of: "\n\n", with: "\n\n\n\n")
        case "plain image marker":
            return text.replacingOccurrences(of: "*Image not found or type unknown*", with: "Image not found or type unknown")
        case "plain title":
            return text.replacingOccurrences(of: "# *Renforcer", with: "# Renforcer").replacingOccurrences(of: "Russie*\n", with: "Russie\n")
        case "plain publisher": return text.replacingOccurrences(of: "**Radio Habana Cuba**", with: "Radio Habana Cuba")
        default: return text
        }
    }

    /// The seed text changed in a way the parser must tolerate gives the same article.
    @Test(arguments: ["CRLF", "BOM", "trailing spaces", "NBSP at line ends", "extra blank lines",
                      "plain image marker", "plain title", "plain publisher"])
    func toleratedVariants(name: String) throws {
        let original = String(decoding: try SeedFixtures.seed("002_1d30f0507083ace3"), as: UTF8.self)
        let expected = try SeedParser.parse(Array(original.utf8), path: "a.txt")
        let changed = Self.variant(name, of: original)
        #expect(changed != original, "\(name) changed nothing")
        let variant = try SeedParser.parse(Array(changed.utf8), path: "a.txt")
        #expect(variant.title == expected.title, "\(name)")
        #expect(variant.author == expected.author, "\(name)")
        #expect(variant.paragraphs == expected.paragraphs, "\(name)")
        #expect(variant.url == expected.url, "\(name)")
        #expect(variant.publisher == expected.publisher, "\(name)")
    }

    @Test func missingOptionalPartsAreFine() throws {
        let text = "# Un titre\n\nLa Havane, 3 mars (PL) Le premier paragraphe.\n\nLe second paragraphe.\n"
        let article = try SeedParser.parse(Array(text.utf8), path: "x.txt")
        #expect(article.title == "Un titre")
        #expect(article.dateline?.place == "La Havane")
        #expect(article.dateline?.month == 3)
        #expect(article.agency == "PL")
        #expect(article.paragraphs == ["Le premier paragraphe.", "Le second paragraphe."])
        #expect(article.url == nil && article.source == nil && article.publisher == nil)
        #expect(article.id.count == 16)  // content hash: no URL
    }

    @Test func contentHashIdIsStable() throws {
        let text = Array("# T\n\nUn paragraphe.\n".utf8)
        let id = try SeedParser.parse(text, path: "a").id
        #expect(try SeedParser.parse(text, path: "b").id == id)
        #expect(try SeedParser.parse(Array("# T\n\nUn autre paragraphe.\n".utf8), path: "a").id != id)
    }

    @Test(arguments: [
        ("", "x.txt:1: the file has no text"),
        ("\n\n   \n", "x.txt:1: the file has no text"),
        ("# Titre seul\n", "x.txt:1: the article has a title but no body paragraphs"),
        ("---\n\nTexte\n", "x.txt:1: expected a title line ('# Title')"),
        ("# Titre\n\nbon\u{0}texte\n", "x.txt:3: binary data (NUL byte): not a text article"),
    ])
    func errorsNameTheLine(text: String, message: String) {
        #expect(throws: ArticleParseError.self) { try SeedParser.parse(Array(text.utf8), path: "x.txt") }
        do {
            _ = try SeedParser.parse(Array(text.utf8), path: "x.txt")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func invalidUTF8NamesItsLine() {
        let bytes = Array("# Titre\n\nLigne\n".utf8) + [0xC3, 0x28, 0x0A]
        do {
            _ = try SeedParser.parse(bytes, path: "bad.txt")
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.description == "bad.txt:4: invalid UTF-8")
        }
    }
}
