import Foundation
import KiosqueTestSupport
import Testing

/// The inputs the fuzz runs kept (`Fuzz/corpus/<target>`, each reaching coverage the others do
/// not) still go through their parser without a crash: the corpus doubles as a regression set.
/// `kiosque-fuzz` replays files in a normal build; it is built beside the test bundle.
@Suite struct FuzzCorpusReplayTests {
    @Test(arguments: ["request-head", "chunked", "query-string", "search-query", "seed", "jsonl", "entities"])
    func corpusReplaysWithoutACrash(target: String) throws {
        let folder = try PackageRoot.path("Fuzz/corpus/\(target)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { "\(folder)/\($0)" }
        #expect(!files.isEmpty)
        let replayer = KiosqueProcess.binary.deletingLastPathComponent().appendingPathComponent("kiosque-fuzz")
        let (status, output) = try run(replayer.path, [target] + files)
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(target): replayed \(files.count) input(s) without a crash"), "\(output)")
    }
}
