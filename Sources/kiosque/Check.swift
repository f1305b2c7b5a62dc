import ArgumentParser
import Dispatch
import KiosqueCorpus

/// `kiosque check PATH...`: loads articles as the server would (parse, extract, resolve) and
/// prints the load report: a quick way to validate a corpus, and the load benchmark's probe.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load article files and print the load report (exit 1 if any was skipped, 2 with --strict).")

    @Argument(help: "Article files or directories.")
    var paths: [String]

    @Flag(help: "Fail (exit 2) on the first problem instead of skipping bad files.")
    var strict = false

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let corpus: Corpus
        do {
            corpus = try CorpusLoader.load(paths: paths, strict: strict)
        } catch {
            print("\(error)")
            throw ExitCode(2)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let report = corpus.loadReport
        for issue in report.skipped { print("skipped \(issue)") }
        for issue in report.duplicates { print("\(issue)") }
        for issue in report.notes { print("note: \(issue)") }
        let byType = corpus.entityCountsByType.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
        print("loaded \(report.articlesLoaded) articles from \(report.filesRead) files in \(Int(seconds * 1000)) ms "
              + "(parse \(Int(report.parseSeconds * 1000)) ms, entities \(Int(corpus.extractionSeconds * 1000)) ms)")
        print("entities \(corpus.entities.count) (\(byType.joined(separator: ", "))), mentions \(corpus.mentionCount)")
        if !report.skipped.isEmpty { throw ExitCode(1) }
    }
}
