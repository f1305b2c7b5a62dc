import Dispatch
import KiosqueCorpus
import Logging

/// Where `--data` points: a snapshot file (recognised by its header) or article files.
enum CorpusSource {
    static func load(_ path: String, strict: Bool, logger: Logger) throws -> Corpus {
        guard SnapshotFile.hasSnapshotHeader(path: path) else {
            return try CorpusLoader.load(paths: [path], strict: strict)
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let corpus = try CorpusSnapshot.load(path: path)
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        // The load report below is the one the snapshot was written with (its parse and extraction times).
        logger.info("read snapshot \(path) (format \(SnapshotFile.version)) in \(milliseconds) ms")
        return corpus
    }
}
