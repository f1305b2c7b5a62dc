import KiosqueCorpus

/// Where `--data` points: a snapshot file (recognised by its header) or article files.
enum CorpusSource {
    static func load(_ path: String, strict: Bool) throws -> Corpus {
        if SnapshotFile.hasSnapshotHeader(path: path) {
            return try CorpusSnapshot.load(path: path)
        }
        return try CorpusLoader.load(paths: [path], strict: strict)
    }
}
