import Dispatch
import KiosqueAPI
import KiosqueCorpus
import Logging

/// Where `--data` points: a snapshot file (recognised by its header) or article files.
enum CorpusSource {
    static func load(_ path: String, strict: Bool, logger: Logger) throws -> ServiceData {
        guard SnapshotFile.hasSnapshotHeader(path: path) else {
            return ServiceData(corpus: try CorpusLoader.load(paths: [path], strict: strict))
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let data = try ServiceSnapshot.load(path: path, deferringChecks: true)
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        // The load report below is the one the snapshot was written with (its parse and extraction times).
        logger.info("read snapshot \(path) (format \(SnapshotFile.version)) in \(milliseconds) ms")
        return data
    }
}
