/// The snapshot's payload as this version lays it out: the corpus, then nothing. Later
/// sections (search index, prepared responses) append after the corpus and bump
/// `SnapshotFile.version`.
public enum CorpusSnapshot {
    /// Writes `corpus` to `path` as a snapshot file.
    public static func write(_ corpus: Corpus, to path: String) throws(SnapshotError) {
        var writer = SnapshotWriter(reservingCapacity: 1 << 20)
        corpus.encode(into: &writer)
        try SnapshotFile.write(payload: writer.bytes, to: path)
    }

    /// Maps, validates and decodes the snapshot at `path`.
    public static func load(path: String) throws(SnapshotError) -> Corpus {
        let mapping = try SnapshotFile.map(path: path)
        var reader = mapping.payloadReader()
        let corpus = try Corpus.decode(from: &reader)
        guard reader.isAtEnd else { throw .malformed("\(path): unread bytes after the corpus at byte \(reader.offset)") }
        return withExtendedLifetime(mapping) { corpus }
    }
}
