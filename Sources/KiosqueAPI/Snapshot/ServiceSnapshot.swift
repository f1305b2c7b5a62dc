import Dispatch
import KiosqueCorpus
import KiosqueSearch

/// What a start loaded: the corpus, and the search index and prepared responses when a
/// snapshot held them (otherwise they are built at start).
public struct ServiceData: Sendable {
    public let corpus: Corpus
    public let index: SearchIndex?
    let responses: MappedBodies?
    let lists: APILists?
    /// The checksums a snapshot start left for after ready (`ServiceSnapshot.load(path:deferringChecks:)`).
    public let deferredVerification: DeferredVerification?
    /// Seconds spent reading the snapshot (mapping, checksums, decoding, the index's
    /// loading included), when the data came from one.
    public let snapshotReadSeconds: Double?

    public init(corpus: Corpus) {
        self.init(corpus: corpus, index: nil, responses: nil, lists: nil, snapshotReadSeconds: nil)
    }

    init(corpus: Corpus, index: SearchIndex?, responses: MappedBodies?, lists: APILists?, snapshotReadSeconds: Double?,
         deferredVerification: DeferredVerification? = nil) {
        self.deferredVerification = deferredVerification
        self.corpus = corpus
        self.index = index
        self.responses = responses
        self.lists = lists
        self.snapshotReadSeconds = snapshotReadSeconds
    }
}

/// The server's snapshot: the corpus section, the search index (`INDX`), the API's analysed
/// lists (`APIL`) and every prepared response body (`RESP`), so that a snapshot start decodes the corpus, reads the index's
/// postings in place and serves the bodies from the mapping.
public enum ServiceSnapshot {
    /// Builds what a raw start builds and writes it to `path` (replaced atomically), one
    /// section at a time: each structure is built, written and released before the next.
    public static func write(_ corpus: Corpus, to path: String) throws(SnapshotError) {
        try SnapshotFile.write(sectionsMadeBy: CorpusSnapshot.sectionMakers(of: corpus) + [
            { SearchIndex(corpus: corpus).snapshotSection(of: corpus) },
            { APILists(corpus: corpus).section() },
            { MemoryBodies(corpus: corpus, cacheControl: "", articleOrder: corpus.chronology.newestFirst).section() },
        ], to: path)
    }

    /// Maps the snapshot at `path`, checks it and decodes its corpus; the index's postings and
    /// the prepared bodies stay in the mapping. A snapshot of the corpus alone
    /// (`CorpusSnapshot.write`) still loads: the rest is then built at start.
    ///
    /// With `deferringChecks`, the checksums of the articles' entity table (its entries checked
    /// here), the API lists and the prepared bodies (every read of them is bounds-checked) are left to `ServiceData.deferredVerification`, which the
    /// server runs once ready: at 100,000 articles the bodies are a quarter of the file, pages
    /// a start then need not read. The corpus and the index are always checked first (the
    /// index's arrays are read without bounds checks).
    public static func load(path: String, deferringChecks: Bool = false) throws(SnapshotError) -> ServiceData {
        let started = DispatchTime.now().uptimeNanoseconds
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        let mapping = try SnapshotFile.map(path: path)
        let corpus = try CorpusSnapshot.corpus(in: mapping, deferringEntityTable: deferringChecks)
        let index = mapping.tags.contains(SearchIndex.snapshotTag) ? try SearchIndex(corpus: corpus, mapping: mapping) : nil
        let deferred = [SnapshotTag.entityTable, APILists.tag, MappedBodies.tag].filter { deferringChecks && mapping.tags.contains($0) }
        for tag in [APILists.tag, MappedBodies.tag] where mapping.tags.contains(tag) && !deferred.contains(tag) { try mapping.verify(tag) }
        let pending = deferred.isEmpty ? nil : DeferredVerification(mapping: mapping, tags: deferred)
        let lists = mapping.tags.contains(APILists.tag) ? try APILists(mapping: mapping, articleCount: corpus.articles.count) : nil
        guard mapping.tags.contains(MappedBodies.tag) else {
            return ServiceData(corpus: corpus, index: index, responses: nil, lists: lists, snapshotReadSeconds: seconds(),
                               deferredVerification: pending)
        }
        let responses = try MappedBodies(mapping: mapping)
        // Article bodies are not stored: they are built on demand from the corpus (`ArticleBodies`).
        guard responses.count(.article) == 0,
              [BodyKind.entity, .related, .mentions].allSatisfy({ responses.count($0) == corpus.entities.count }),
              responses.count(.articleList) == 1, responses.count(.entityList) == 1 else {
            throw .malformed("\(path): the prepared responses do not match the corpus's \(corpus.articles.count) articles and \(corpus.entities.count) entities")
        }
        return ServiceData(corpus: corpus, index: index, responses: responses, lists: lists, snapshotReadSeconds: seconds(),
                           deferredVerification: pending)
    }
}

extension ServiceData {
    /// Whether the prepared bodies come from a snapshot's mapping (not built at start).
    public var servesPreparedBodiesFromSnapshot: Bool { responses != nil }
}
