import ArgumentParser
import Dispatch
import KiosqueAPI
import KiosqueCorpus

/// `kiosque snapshot --data SRC --out FILE`: loads articles as the server would and writes
/// what the load computed to one snapshot file, which `kiosque serve --data FILE` starts from.
struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load articles and write them, with their resolved entities and every prepared response, to a snapshot file (exit 2 on failure).")

    @Option(help: "Directory or files of articles (seed format, JSONL).")
    var data: String

    @Option(help: "Snapshot file to write (replaced atomically).")
    var out: String

    @Flag(help: "Fail (exit 2) if any input had a problem instead of skipping it.")
    var strict = false

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            let corpus = try CorpusLoader.load(paths: [data], strict: strict)
            for issue in corpus.loadReport.skipped { print("skipped \(issue)") }
            try ServiceSnapshot.write(corpus, to: out)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            print("wrote \(out): \(corpus.articles.count) articles, \(corpus.entities.count) entities in \(Int(seconds * 1000)) ms")
        } catch {
            print("\(error)")
            throw ExitCode(2)
        }
    }
}
