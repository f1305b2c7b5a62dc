import Dispatch
import KiosqueAPI
import Logging

/// The start-up summary, logged the moment `/readyz` turns 200.
enum StartupLog {
    static func ready(_ service: PreparedService, startedAt: UInt64, logger: Logger) {
        let total = Double(DispatchTime.now().uptimeNanoseconds - startedAt) / 1e9
        let timings = service.timings
        let phases = [("parse", timings.parse), ("entities", timings.entities), ("index", timings.index),
                      ("responses", timings.responses)]
            .map { "\($0.0) \(milliseconds($0.1)) ms" }.joined(separator: ", ")
        // CPU beside wall per phase: how many cores each kept busy.
        let cpu = [("parse", timings.cpu.parse), ("entities", timings.cpu.entities), ("index", timings.cpu.index),
                   ("responses", timings.cpu.responses)]
            .map { "\($0.0) \(milliseconds($0.1))" }.joined(separator: ", ")
        let peak = ProcessMemory.peakResidentBytes.map { "\($0 / 1_048_576) MiB" } ?? "unknown"
        let resident = ProcessMemory.residentBytes.map { "\($0 / 1_048_576) MiB" } ?? "unknown"
        // `Benchmarks/search/peers.py` reads the index figures from this line.
        let index = "(index \(service.index.memoryBytes / 1_000_000) MB, postings \(service.index.postingMemoryBytes / 1_000_000) MB)"
        logger.info("ready after \(milliseconds(total)) ms (\(phases); CPU \(cpu) ms); \(service.corpus.articles.count) articles \(index); RSS \(resident), peak \(peak)")
    }

    private static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}
