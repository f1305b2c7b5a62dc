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
        let peak = ProcessMemory.peakResidentBytes.map { "\($0 / 1_048_576) MiB" } ?? "unknown"
        let resident = ProcessMemory.residentBytes.map { "\($0 / 1_048_576) MiB" } ?? "unknown"
        // `Benchmarks/search/peers.py` reads the index figures from this line.
        let index = "(index \(service.index.memoryBytes / 1_000_000) MB, postings \(service.index.postingMemoryBytes / 1_000_000) MB)"
        logger.info("ready after \(milliseconds(total)) ms (\(phases)); \(service.corpus.articles.count) articles \(index); RSS \(resident), peak \(peak)")
    }

    private static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}
