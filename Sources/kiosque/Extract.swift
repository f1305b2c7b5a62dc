import ArgumentParser
import KiosqueAPI
import KiosqueCorpus
#if canImport(Glibc)
import Glibc
#endif

/// `kiosque extract FILE...`: each article's parse and entities as JSON, so anyone can check
/// the extractor without the server. With `--out DIR`, one `<file>.json` per input file in the
/// shape the entity scorer `Tests/Fixtures/gold/score.py` reads.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the parse and entities of article files as JSON.",
        discussion: "Exit status: 0 when every file parsed, 1 when some had errors (reported on stderr as path:line: message)."
    )

    @Argument(help: "Article files (seed format .txt/.md, or .jsonl) or directories.")
    var files: [String]

    @Option(help: "Write one <name>.json per article file into this directory instead of printing.")
    var out: String?

    func run() throws {
        let corpus = try CorpusLoader.load(paths: files, strict: false)
        for problem in corpus.loadReport.skipped + corpus.loadReport.duplicates {
            writeAll(Array("\(problem)\n".utf8), to: 2)
        }
        if let out {
            try DataPath.makeDirectory(out)
            for article in corpus.articles {
                var json = JSONWriter()
                ExtractDocument.write(article, corpus: corpus, into: &json)
                let base = article.origin.path.split(separator: "/").last.map(String.init) ?? article.id
                let stem = base.split(separator: ".").dropLast().joined(separator: ".")
                try write(JSONPrettyPrinter.indent(json.bytes), to: out + "/" + (stem.isEmpty ? base : stem) + ".json")
            }
        } else {
            var json = JSONWriter()
            json.array(corpus.articles) { json, article in ExtractDocument.write(article, corpus: corpus, into: &json) }
            let bytes = JSONPrettyPrinter.indent(json.bytes)
            writeAll(bytes, to: 1)
        }
        if !corpus.loadReport.skipped.isEmpty { throw ExitCode(1) }
    }

    /// Writes all of `bytes` to a file descriptor (1: stdout, 2: stderr).
    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            offset += count
        }
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw DataPath.Failure(message: "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    }
}
