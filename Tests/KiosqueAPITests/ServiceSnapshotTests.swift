import Foundation
import KiosqueAPI
import KiosqueCorpus
import KiosqueSearch
import KiosqueTestSupport
import Testing

/// The server's snapshot: damage is refused with the section named (before use, or once ready
/// for the sections a server start checks late), and a snapshot of the corpus alone still
/// starts (building the rest).
@Suite struct ServiceSnapshotTests {
    /// A snapshot of the seeds in a fresh temporary directory, and the corpus it holds.
    private static func written() throws -> (path: String, corpus: Corpus) {
        let corpus = try CorpusLoader.load(paths: [try PackageRoot.path("seeds")])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-\(UUID().uuidString).snapshot").path
        try ServiceSnapshot.write(corpus, to: path)
        return (path, corpus)
    }

    /// Each section's tag and byte range, read from the file's section table.
    private static func sections(_ bytes: Data) -> [String: Range<Int>] {
        let count = Int(bytes[12])
        var sections: [String: Range<Int>] = [:]
        for entry in 0..<count {
            let base = 32 + entry * 32
            func integer(_ at: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
            let tag = String(decoding: bytes[base..<base + 4], as: UTF8.self)
            sections[tag] = integer(base + 8)..<integer(base + 8) + integer(base + 16)
        }
        return sections
    }

    /// Flips one bit in the middle of section `tag` of the file at `path`.
    private static func damage(_ tag: String, of path: String) throws {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let section = try #require(sections(bytes)[tag])
        bytes[section.lowerBound + section.count / 2] ^= 0x08
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    private static func refusal(_ path: String) -> SnapshotError? {
        do {
            _ = try ServiceSnapshot.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func holdsCorpusIndexAndResponsesEachOnAnAlignedSection() throws {
        let (path, corpus) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sections = Self.sections(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(Set(sections.keys) == ["CORP", "ENTS", "INDX", "APIL", "RESP"])
        #expect(sections.values.allSatisfy { $0.lowerBound % 16 == 0 && !$0.isEmpty })
        let data = try ServiceSnapshot.load(path: path)
        #expect(data.corpus.articles == corpus.articles)
        #expect(data.index?.count == corpus.articles.count && data.servesPreparedBodiesFromSnapshot)
    }

    @Test(arguments: ["ENTS", "INDX", "APIL", "RESP"])
    func aDamagedSectionIsRefusedByName(_ tag: String) throws {
        let (path, _) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.damage(tag, of: path)
        let error = Self.refusal(path)
        #expect(error == .corrupted(path: path, section: tag))
        #expect(error?.description.contains("\(tag) section") == true)
    }

    /// The server's start leaves the API lists' and bodies' checksums for after ready; the
    /// corpus and the index (read without bounds checks) are still checked before.
    @Test(arguments: [("CORP", false), ("ENTS", true), ("INDX", false), ("APIL", true), ("RESP", true)])
    func aStartThatDefersChecksStillRefusesDamage(_ tag: String, deferred: Bool) throws {
        let (path, _) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.damage(tag, of: path)
        do {
            let data = try ServiceSnapshot.load(path: path, deferringChecks: true)
            #expect(deferred)
            let pending = try #require(data.deferredVerification)
            #expect(pending.sections == ["ENTS", "APIL", "RESP"])
            #expect(throws: SnapshotError.corrupted(path: path, section: tag)) { try pending.run() }
        } catch {
            #expect(!deferred)
            #expect(error as? SnapshotError == .corrupted(path: path, section: tag))
        }
    }

    @Test func anUndamagedSnapshotPassesItsDeferredChecks() throws {
        let (path, _) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pending = try #require(try ServiceSnapshot.load(path: path, deferringChecks: true).deferredVerification)
        try pending.run()
        #expect(try ServiceSnapshot.load(path: path).deferredVerification == nil)
    }

    @Test func aSnapshotOfTheCorpusAloneBuildsTheRestAtStart() throws {
        let (path, corpus) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CorpusSnapshot.write(corpus, to: path)
        let data = try ServiceSnapshot.load(path: path)
        #expect(data.corpus.articles == corpus.articles)
        #expect(data.index == nil && !data.servesPreparedBodiesFromSnapshot)
    }
}
