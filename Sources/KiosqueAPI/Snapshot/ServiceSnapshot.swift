import KiosqueCorpus

/// What a start loaded: the corpus, and the prepared responses when a snapshot held them
/// (otherwise the API builds them).
public struct ServiceData: Sendable {
    public let corpus: Corpus
    let responses: MappedBodies?

    public init(corpus: Corpus) {
        self.init(corpus: corpus, responses: nil)
    }

    init(corpus: Corpus, responses: MappedBodies?) {
        self.corpus = corpus
        self.responses = responses
    }
}

/// The server's snapshot: the corpus section, then every prepared response body (`RESP`),
/// so that a snapshot start decodes the corpus and serves the bodies from the mapping.
public enum ServiceSnapshot {
    /// Builds what a raw start builds and writes it to `path` (replaced atomically).
    public static func write(_ corpus: Corpus, to path: String) throws(SnapshotError) {
        let bodies = MemoryBodies(corpus: corpus, cacheControl: "", articleOrder: ArticleOrders(corpus).newestFirst)
        try SnapshotFile.write(sections: [CorpusSnapshot.section(of: corpus), bodies.section()], to: path)
    }

    /// Maps the snapshot at `path`, checks it and decodes its corpus; its prepared bodies stay
    /// in the mapping. A snapshot without them (`CorpusSnapshot.write`) still loads.
    public static func load(path: String) throws(SnapshotError) -> ServiceData {
        let mapping = try SnapshotFile.map(path: path)
        let corpus = try CorpusSnapshot.corpus(in: mapping)
        guard mapping.tags.contains(MappedBodies.tag) else { return ServiceData(corpus: corpus) }
        try mapping.verify(MappedBodies.tag)
        let responses = try MappedBodies(mapping: mapping)
        guard responses.count(.article) == corpus.articles.count,
              [BodyKind.entity, .related, .mentions].allSatisfy({ responses.count($0) == corpus.entities.count }),
              responses.count(.articleList) == 1, responses.count(.entityList) == 1 else {
            throw .malformed("\(path): the prepared responses do not match the corpus's \(corpus.articles.count) articles and \(corpus.entities.count) entities")
        }
        return ServiceData(corpus: corpus, responses: responses)
    }
}

extension ServiceData {
    /// Whether the prepared bodies come from a snapshot's mapping (not built at start).
    public var servesPreparedBodiesFromSnapshot: Bool { responses != nil }
}
