import Foundation
@testable import KiosqueCorpus
import Testing

/// A snapshot's articles are read in place from the mapping (`MappedArticle`): every field of
/// every article equals the parsed one's, over articles that vary each optional field, and a
/// record whose bytes lie is refused when the snapshot is opened, not when a field is read.
@Suite struct MappedArticleTests {
    /// Invented articles: each optional field present or absent in turn, dates with and
    /// without a time, multi-byte text, empty and many paragraphs.
    static func generatedArticles(count: Int) -> [Article] {
        let towns = ["Vallorme", "Sainte-Brude", "Corvel-sur-Lize", "Ålbrekke", "Mézardin"]
        let people = ["Odile Carvanne", "Théo Marbrin", "Inès Ferlac", "Jørn Haldesen"]
        return (0..<count).map { number in
            let town = towns[number % towns.count], person = people[(number / 2) % people.count]
            let dateline: Dateline? = switch number % 4 {
            case 0: nil
            case 1: Dateline(raw: "\(town), \(number % 28 + 1) mars (AFX)", place: town, day: number % 28 + 1, month: 3)
            case 2: Dateline(raw: "\(town) (AFX)", place: town, day: nil, month: nil)
            default: Dateline(raw: "— sans lieu —", place: nil, day: nil, month: number % 12 + 1)
            }
            let published: PublicationDate? = switch number % 3 {
            case 0: nil
            case 1: PublicationDate(year: 2020 + number % 7, month: number % 12 + 1, day: number % 28 + 1)
            default: PublicationDate(year: 1999, month: 12, day: 31, secondsOfDay: number * 37 % 86_400)
            }
            let paragraphs = (0..<(number % 6)).map { line in
                line == 2 ? "" : "\(person) a visité \(town) « pour la \(line + 1)ᵉ fois » — n°\(number)."
            }
            return Article(id: "art-\(number)", title: "\(person) à \(town), épisode \(number)", dateline: dateline,
                           author: number % 5 == 0 ? nil : person, agency: number % 2 == 0 ? "AFX" : nil,
                           source: number % 3 == 2 ? nil : "Gazette de \(town)",
                           url: number % 7 == 0 ? nil : "https://exemple.test/\(number)-\(town.lowercased())",
                           publisher: number % 4 == 3 ? nil : "Radio Vallorme", paragraphs: paragraphs,
                           origin: SourceLocation(path: "/données/lot-\(number / 50).jsonl", line: number + 1), published: published)
        }
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-\(UUID().uuidString).snapshot").path
    }

    @Test func everyFieldEqualsTheParsedArticles() throws {
        let parsed = Self.generatedArticles(count: 240)
        let corpus = Corpus(articles: parsed, loadReport: LoadReport(filesRead: 1, articlesLoaded: parsed.count))
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CorpusSnapshot.write(corpus, to: path)
        let loaded = try CorpusSnapshot.load(path: path)
        #expect(loaded.articles.count == parsed.count)
        for (original, mapped) in zip(parsed, loaded.articles) {
            #expect(mapped.id == original.id)
            #expect(mapped.title == original.title)
            #expect(mapped.dateline == original.dateline)
            #expect(mapped.published == original.published)
            #expect(mapped.author == original.author)
            #expect(mapped.agency == original.agency)
            #expect(mapped.source == original.source)
            #expect(mapped.url == original.url)
            #expect(mapped.publisher == original.publisher)
            #expect(mapped.paragraphs.strings == original.paragraphs.strings)
            #expect(mapped.origin == original.origin)
            #expect(mapped == original && mapped.hashValue == original.hashValue)
        }
        // Lookups by id and URL read the keys in place too.
        for original in parsed {
            #expect(loaded.article(id: original.id)?.title == original.title)
            if let url = original.url { #expect(loaded.article(url: url)?.id == original.id) }
        }
        #expect(loaded.article(id: "art-240") == nil && loaded.article(url: "https://exemple.test/0-vallorme") == nil)
    }

    // MARK: Damaged records, their checksums right: refused at open with the reason.

    /// The corpus section of `articles` with `change` applied to its bytes, written with a
    /// correct checksum; the reason it is refused.
    static func refusal(of articles: [Article], _ change: (inout [UInt8]) throws -> Void) throws -> String? {
        let corpus = Corpus(articles: articles, loadReport: LoadReport(filesRead: 1, articlesLoaded: articles.count))
        var writer = SnapshotWriter()
        corpus.encode(into: &writer)
        var bytes = writer.bytes
        try change(&bytes)
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SnapshotFile.write(sections: [SnapshotSection(.corpus, bytes), corpus.entityTable.snapshotSection()], to: path)
        do {
            _ = try CorpusSnapshot.load(path: path)
            return nil
        } catch .malformed(let reason) {
            return reason
        } catch {
            Issue.record("refused for another reason: \(error)")
            return error.description
        }
    }

    /// The offset of `text`'s UTF-8 in `bytes` (its length prefix is the 4 bytes before).
    static func offset(of text: String, in bytes: [UInt8]) throws -> Int {
        let needle = Array(text.utf8)
        return try #require(bytes.indices.first { bytes[$0...].starts(with: needle) })
    }

    static let six = generatedArticles(count: 6)

    @Test func aStringLongerThanItsRecordIsRefused() throws {
        let reason = try Self.refusal(of: Self.six) { bytes in
            let title = try Self.offset(of: "Inès Ferlac à Vallorme, épisode 5", in: bytes)
            bytes.replaceSubrange(title - 4..<title, with: [0xFF, 0xFF, 0xFF, 0x00])
        }
        #expect(reason?.contains("title") == true && reason?.contains("runs past") == true)
    }

    @Test func aPresenceFlagThatIsNoBooleanIsRefused() throws {
        let reason = try Self.refusal(of: Self.six) { bytes in
            let title = "Odile Carvanne à Vallorme, épisode 0"
            bytes[try Self.offset(of: title, in: bytes) + title.utf8.count] = 2  // the dateline's presence
        }
        #expect(reason?.contains("dateline presence") == true && reason?.contains("not a boolean") == true)
    }

    /// Article 1 alone: its record ends with its origin, then its date (2021-02-02, no time).
    static let dated = [generatedArticles(count: 2)[1]]
    static let datedOrigin = "/données/lot-0.jsonl"

    @Test func anImpossiblePublicationDateIsRefused() throws {
        let reason = try Self.refusal(of: Self.dated) { bytes in
            let originEnd = try Self.offset(of: Self.datedOrigin, in: bytes) + Self.datedOrigin.utf8.count
            let month = originEnd + 8 + 1 + 8  // after the origin's line, the date's presence and its year
            #expect(bytes[month] == 2)
            bytes[month] = 13
        }
        #expect(reason?.contains("impossible publication date 2021-13-2") == true)
    }

    /// The record's block says one byte less and lacks the record's last byte: reading the
    /// record stops at the block's end with the field's name.
    @Test func aRecordCutShortOfItsLastFieldIsRefused() throws {
        let reason = try Self.refusal(of: Self.dated) { bytes in
            let blockLength = try Self.offset(of: "art-1", in: bytes) - 4 - 8  // per block: items, bytes, then the items
            let length = bytes[blockLength..<blockLength + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
            let recordEnd = blockLength + 8 + length
            #expect(bytes[recordEnd - 1] == 0)  // no time of day
            bytes.remove(at: recordEnd - 1)
            withUnsafeBytes(of: UInt64(length - 1).littleEndian) { bytes.replaceSubrange(blockLength..<blockLength + 8, with: $0) }
        }
        #expect(reason?.contains("publication time") == true && reason?.contains("runs past") == true)
    }
}
