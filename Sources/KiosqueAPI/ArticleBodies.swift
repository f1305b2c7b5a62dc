import KiosqueCorpus
import KiosqueHTTP
import Synchronization

/// An article's `/articles/{id}` body, built from the corpus when asked for and kept in a
/// bounded cache of recent ones. Neither start builds them all: in a snapshot they were a
/// quarter of a 100,000-article file (the articles' text a second time), and in a raw start
/// about a third of the start's CPU and 250 MB of RSS, for bodies most of which are never asked
/// for. One `build` serves both starts, so bytes and ETags are the same either way.
final class ArticleBodies: Sendable {
    /// Slots of the direct-mapped cache: an article's body lives in slot `position % slots.count`
    /// until another article needs that slot. Bounded (about 10 MB of gzip bodies at 2.5 KB
    /// each), locked per slot, and a hot set of articles stays built.
    static let defaultSlotCount = 4096

    private let corpus: Corpus
    private let cacheControl: String
    private let slots: [Slot]

    init(corpus: Corpus, cacheControl: String, slotCount: Int = defaultSlotCount) {
        self.corpus = corpus
        self.cacheControl = cacheControl
        slots = (0..<max(slotCount, 1)).map { _ in Slot() }
    }

    var count: Int { corpus.articles.count }

    /// The body of the article at `position` of `corpus.articles`, nil outside the corpus.
    func body(at position: Int) -> PreparedBody? {
        guard corpus.articles.indices.contains(position) else { return nil }
        let slot = slots[position % slots.count]
        if let cached = slot.entry.withLock({ $0?.position == position ? $0?.body : nil }) { return cached }
        let body = Self.build(corpus.articles[position], corpus: corpus, cacheControl: cacheControl)
        slot.entry.withLock { $0 = (position, body) }
        return body
    }

    /// The full article with its entities, gzip form only (clients of a JSON API nearly all
    /// accept it; an identity client gets it inflated by `PreparedBody`).
    static func build(_ article: Article, corpus: Corpus, cacheControl: String) -> PreparedBody {
        var json = JSONWriter()
        ArticleRepresentation.full(article, entities: corpus.entities(inArticle: article.id),
                                   names: { corpus.entity(id: $0)?.name ?? $0 }, into: &json)
        return PreparedBody(bytes: json.bytes, contentType: "application/json", cacheControl: cacheControl, keepIdentity: false,
                            deflater: GzipDeflater())
    }

    private final class Slot: Sendable {
        let entry = Mutex<(position: Int, body: PreparedBody)?>(nil)
    }
}
