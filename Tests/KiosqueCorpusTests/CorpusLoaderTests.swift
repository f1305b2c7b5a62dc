import Foundation
import KiosqueCorpus
import Testing

/// Loading directories of articles: errors reported with path and line, nothing lost, never a crash.
@Suite struct CorpusLoaderTests {
    final class Directory {
        let path: String
        init() throws {
            path = NSTemporaryDirectory() + "kiosque-loader-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    func seedsInto(_ directory: Directory) throws {
        for name in SeedFixtures.seedNames { try directory.write(name + ".txt", try SeedFixtures.seed(name)) }
    }

    @Test func badFilesAreSkippedWithPathAndLineAndTheRestLoads() throws {
        let directory = try Directory()
        try seedsInto(directory)
        try directory.write("empty.txt", [])
        try directory.write("garbage.txt", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        try directory.write("truncated.txt", Array("# Titre coupé\n".utf8))
        try directory.write("latin1.txt", Array("# Titre\n\nCaf".utf8) + [0xE9, 0x0A])
        let corpus = try CorpusLoader.load(paths: [directory.path])
        #expect(corpus.articles.count == 2)
        #expect(corpus.loadReport.filesRead == 6)
        let messages = corpus.loadReport.skipped.map(\.description)
        #expect(messages.count == 4)
        #expect(messages.contains { $0.hasSuffix("empty.txt:1: the file has no text") })
        #expect(messages.contains { $0.contains("garbage.txt:") })
        #expect(messages.contains { $0.hasSuffix("truncated.txt:1: the article has a title but no body paragraphs") })
        #expect(messages.contains { $0.hasSuffix("latin1.txt:3: invalid UTF-8") })
    }

    @Test func strictModeFailsOnAnyProblem() throws {
        let directory = try Directory()
        try seedsInto(directory)
        try directory.write("bad.txt", Array("\n\n".utf8))
        #expect(throws: CorpusLoader.StrictError.self) { try CorpusLoader.load(paths: [directory.path], strict: true) }
    }

    @Test func duplicatesLoadOnceWithAWarning() throws {
        let directory = try Directory()
        try seedsInto(directory)
        try directory.write("copy.txt", try SeedFixtures.seed("000_cff959b02f2fecdc"))
        let corpus = try CorpusLoader.load(paths: [directory.path])
        #expect(corpus.articles.count == 2)
        #expect(corpus.loadReport.duplicates.count == 1)
        #expect(corpus.loadReport.duplicates.first?.message.contains("277616") == true)
    }

    @Test func jsonlLinesLoadAndBadLinesAreReported() throws {
        let directory = try Directory()
        let lines = [
            #"{"title":"Premier","paragraphs":["La Havane accueille le forum."],"url":"https://x.cu/fr/123456-premier","dateline":"La Havane, 3 mars (PL)"}"#,
            #"{"title":"Sans paragraphes","paragraphs":[]}"#,
            #"not json"#,
            #"{"paragraphs":["x"]}"#,
            #"{"title":"Second","paragraphs":["Texte."],"id":"abc"}"#,
        ]
        try directory.write("a.jsonl", Array(lines.joined(separator: "\n").utf8))
        let corpus = try CorpusLoader.load(paths: [directory.path])
        #expect(corpus.articles.map(\.id) == ["123456", "abc"])
        #expect(corpus.articles.first?.dateline?.month == 3)
        let messages = corpus.loadReport.skipped.map(\.description)
        #expect(messages.contains { $0.hasSuffix("a.jsonl:2: no non-empty paragraphs") })
        #expect(messages.contains { $0.hasSuffix("a.jsonl:3: not a JSON object") })
        #expect(messages.contains { $0.hasSuffix("a.jsonl:4: missing required field 'title'") })
    }

    @Test func whatADatelineNamesIsAPlaceWhateverItsWordsSuggest() throws {
        // (`Ben` reads as a given name: the body alone made `Ben Quelrane` a person.)
        let directory = try Directory()
        let line = #"{"title":"Ras Velkor rouvre, Ben Quelrane reprend son souffle","paragraphs":["Le poste de Ras Velkor a rouvert. Ben Quelrane respire."],"id":"a1","dateline":"Ben Quelrane, 9 décembre (TAP)"}"#
        try directory.write("a.jsonl", Array(line.utf8))
        let corpus = try CorpusLoader.load(paths: [directory.path])
        #expect(corpus.entities.first { $0.name == "Ben Quelrane" }?.type == .place)
    }

    @Test func aFiftyMegabyteLineIsRefusedAndTheRestLoads() throws {
        let directory = try Directory()
        var bytes = Array(#"{"title":"Bon","paragraphs":["Texte."]}"#.utf8) + [0x0A]
        bytes += Array(#"{"title":""#.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20) + Array("\"}\n".utf8)
        bytes += Array(#"{"title":"Encore","paragraphs":["Texte."]}"#.utf8)
        try directory.write("big.jsonl", bytes)
        let corpus = try CorpusLoader.load(paths: [directory.path])
        #expect(corpus.articles.map(\.title) == ["Bon", "Encore"])
        #expect(corpus.loadReport.skipped.first?.description.contains("big.jsonl:2: line of") == true)
    }

    @Test func missingPathIsReported() throws {
        let corpus = try CorpusLoader.load(paths: ["/nonexistent/kiosque/file.txt"])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.loadReport.skipped.first?.description.hasPrefix("/nonexistent/kiosque/file.txt:1: cannot open") == true)
    }
}
