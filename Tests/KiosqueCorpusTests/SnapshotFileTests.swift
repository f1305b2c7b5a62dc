import Foundation
import KiosqueCorpus
import KiosqueTestSupport
import Testing

/// The snapshot file round-trips the corpus and refuses damaged files with the reason.
@Suite struct SnapshotFileTests {
    static let articles = PackageRoot.url.appendingPathComponent("Tests/KiosqueCorpusTests/Fixtures/articles").path

    /// A fresh snapshot of the fixture articles in a temporary file, and the corpus it holds.
    private static func written() throws -> (path: String, corpus: Corpus) {
        let corpus = try CorpusLoader.load(paths: [articles])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-\(UUID().uuidString).snapshot").path
        try CorpusSnapshot.write(corpus, to: path)
        return (path, corpus)
    }

    private static func rewrite(_ path: String, _ change: (inout Data) -> Void) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        change(&data)
        try data.write(to: URL(fileURLWithPath: path))
    }

    private static func refusal(_ path: String) -> SnapshotError? {
        do {
            _ = try CorpusSnapshot.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func roundTripKeepsArticlesEntitiesAndMentions() throws {
        let (path, corpus) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(SnapshotFile.hasSnapshotHeader(path: path))
        let loaded = try CorpusSnapshot.load(path: path)
        #expect(corpus.articles.count > 3)
        #expect(loaded.articles == corpus.articles)
        #expect(loaded.entities == corpus.entities)
        #expect(loaded.loadReport == corpus.loadReport)
        for article in corpus.articles {
            #expect(loaded.entities(inArticle: article.id) == corpus.entities(inArticle: article.id))
        }
        let first = try #require(corpus.entities.first)
        #expect(loaded.related(to: first.id) == corpus.related(to: first.id))
    }

    /// Paragraphs stay in the mapping: each one read alone (any position, after the loaded
    /// corpus's mapping owner is the only reference) is the original, and hashes alike.
    @Test func paragraphsReadInPlaceMatchTheOriginals() throws {
        let (path, corpus) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try CorpusSnapshot.load(path: path).articles
        #expect(corpus.articles.contains { $0.paragraphs.count > 2 })
        for (original, read) in zip(corpus.articles, loaded) {
            #expect(read.paragraphs.count == original.paragraphs.count)
            for position in original.paragraphs.indices.reversed() {
                #expect(read.paragraphs[position] == original.paragraphs[position])
            }
            #expect(read.paragraphs.strings == original.paragraphs.strings)
        }
        #expect(Set(loaded) == Set(corpus.articles))
        #expect(Set(loaded.map(\.paragraphs)).count == Set(corpus.articles.map(\.paragraphs)).count)
    }

    /// The date orders a snapshot holds are taken only as two permutations of the articles.
    @Test func storedDateOrdersMustBePermutations() throws {
        let corpus = try CorpusLoader.load(paths: [Self.articles])
        let (newest, oldest) = (corpus.chronology.newestFirst, corpus.chronology.oldestFirst)
        let count = corpus.articles.count
        let taken = try #require(ChronologicalOrder(newestFirst: newest, oldestFirst: oldest, count: count))
        #expect(taken.newestRank == corpus.chronology.newestRank && taken.oldestRank == corpus.chronology.oldestRank)
        #expect(ChronologicalOrder(newestFirst: newest.dropLast() + [newest[0]], oldestFirst: oldest, count: count) == nil)
        #expect(ChronologicalOrder(newestFirst: newest, oldestFirst: oldest.dropLast() + [count], count: count) == nil)
        #expect(ChronologicalOrder(newestFirst: Array(newest.dropLast()), oldestFirst: oldest, count: count) == nil)
    }

    @Test func roundTripKeepsPublicationDatesAndLoadNotes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-dated-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lines = [#"{"id":"a/b","title":"Un","published":"2021-11-19T08:30:00+01:00","paragraphs":["La Havane."]}"#,
                     #"{"id":"c","title":"Deux","date":"2020-02-29","paragraphs":["Moscou."]}"#,
                     #"{"id":"d","title":"Trois","paragraphs":["Cuba."]}"#]
        try lines.joined(separator: "\n").write(toFile: folder + "/a.jsonl", atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader.load(paths: [folder])
        let path = folder + "/corpus.snapshot"
        try CorpusSnapshot.write(corpus, to: path)
        let loaded = try CorpusSnapshot.load(path: path)
        #expect(loaded.articles.map { $0.published?.iso } == ["2021-11-19T07:30:00Z", "2020-02-29", nil])
        #expect(loaded.articles == corpus.articles && loaded.loadReport == corpus.loadReport)
        #expect(loaded.loadReport.notes.count == 2)  // the alias and the rewritten id
        #expect(loaded.chronology.newestFirst == corpus.chronology.newestFirst)
    }

    @Test func truncatedSnapshotIsRefused() throws {
        let (path, _) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
        try Self.rewrite(path) { $0 = $0.prefix(size - 100) }
        let error = Self.refusal(path)
        #expect(error == .truncated(path: path, expectedBytes: UInt64(size), actualBytes: UInt64(size - 100)))
        #expect(error?.description.contains("truncated") == true)
        try Self.rewrite(path) { $0 = $0.prefix(12) }  // inside the header
        #expect(Self.refusal(path) == .truncated(path: path, expectedBytes: 32, actualBytes: 12))
    }

    @Test func corruptedSnapshotIsRefused() throws {
        let (path, _) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.rewrite(path) { $0[$0.count / 2] ^= 0x40 }
        let error = Self.refusal(path)
        #expect(error == .corrupted(path: path, section: "CORP"))
        #expect(error?.description.contains("checksum") == true)
    }

    /// The section table has its own checksum: a section moved by a flipped bit is refused.
    @Test func corruptedSectionTableIsRefused() throws {
        let (path, _) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.rewrite(path) { $0[32 + 8] ^= 0x10 }  // the first section's offset
        #expect(Self.refusal(path) == .corrupted(path: path, section: "table"))
    }

    @Test func otherVersionIsRefused() throws {
        let (path, _) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.rewrite(path) { $0[8] = UInt8(truncatingIfNeeded: SnapshotFile.version + 1) }
        let error = Self.refusal(path)
        #expect(error == .wrongVersion(path: path, found: SnapshotFile.version + 1, expected: SnapshotFile.version))
        #expect(error?.description.contains("version") == true)
    }

    @Test func otherFilesAreNotSnapshots() throws {
        let fixture = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.articles).first)
        #expect(!SnapshotFile.hasSnapshotHeader(path: Self.articles + "/" + fixture))
        #expect(!SnapshotFile.hasSnapshotHeader(path: Self.articles))
        #expect(Self.refusal(Self.articles + "/" + fixture) == .notASnapshot(path: Self.articles + "/" + fixture))
    }

    /// A payload whose checksum is right but whose counts lie: the bounds-checked reader stops it.
    @Test func payloadThatLiesAboutItsSizeIsRefusedNotRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-\(UUID().uuidString).snapshot").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var payload: [UInt8] = Array(repeating: 0, count: 16)  // filesRead, articlesLoaded
        payload += [0xFF, 0xFF, 0xFF, 0x7F]  // 2 billion skipped issues
        try SnapshotFile.write(sections: [SnapshotSection(.corpus, payload)], to: path)
        guard case .malformed(let reason) = Self.refusal(path) else {
            Issue.record("a lying count was not refused")
            return
        }
        #expect(reason.contains("issue count"))
    }
}
