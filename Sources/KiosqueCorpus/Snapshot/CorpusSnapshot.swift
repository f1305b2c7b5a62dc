/// The snapshot's corpus section (articles, entities and their resolution), and snapshot
/// files holding only that section. The server's snapshot adds further sections (prepared
/// responses, …) written by the modules that own them.
public enum CorpusSnapshot {
    /// Writes `corpus` to `path` as a snapshot file of one section.
    public static func write(_ corpus: Corpus, to path: String) throws(SnapshotError) {
        try SnapshotFile.write(sectionsMadeBy: sectionMakers(of: corpus), to: path)
    }

    /// The corpus's sections of a snapshot (`CORP`, then the articles' entity table `ENTS`),
    /// each made when the writer asks for it.
    package static func sectionMakers(of corpus: Corpus) -> [() -> SnapshotSection] {
        [{
            var writer = SnapshotWriter(reservingCapacity: 1 << 20)
            corpus.encode(into: &writer)
            return SnapshotSection(.corpus, writer.bytes)
        }, { corpus.entityTable.snapshotSection() }]
    }

    /// Maps, validates and decodes the snapshot at `path`.
    public static func load(path: String) throws(SnapshotError) -> Corpus {
        try corpus(in: try SnapshotFile.map(path: path))
    }

    /// Decodes the corpus section of `mapping` after checking its checksum. The articles'
    /// paragraphs are read in place (so the corpus keeps the mapping alive); the rest is copied.
    /// With `deferringEntityTable`, the `ENTS` checksum is left to the caller (its entries are
    /// checked here, its mentions are read with bounds checks).
    package static func corpus(in mapping: MappedSnapshot, deferringEntityTable: Bool = false) throws(SnapshotError) -> Corpus {
        guard let bytes = mapping.section(.corpus) else { throw .malformed("\(mapping.path): no corpus section") }
        try mapping.verify(.corpus)
        var reader = SnapshotReader(bytes)
        let corpus = try Corpus.decode(from: &reader, mapping: mapping, verifyingEntityTable: !deferringEntityTable)
        guard reader.isAtEnd else { throw .malformed("\(mapping.path): unread bytes after the corpus at byte \(reader.offset)") }
        return corpus
    }
}
