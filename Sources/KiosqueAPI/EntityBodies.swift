import KiosqueCorpus
import KiosqueHTTP
import Synchronization

/// The three prepared bodies of an entity: its page, its related entities and its mentions
/// (first pages).
enum EntityBodyKind: Int, CaseIterable, Sendable {
    case entity, related, mentions

    var bodyKind: BodyKind {
        switch self {
        case .entity: .entity
        case .related: .related
        case .mentions: .mentions
        }
    }

    init?(_ kind: BodyKind) {
        switch kind {
        case .entity: self = .entity
        case .related: self = .related
        case .mentions: self = .mentions
        case .article, .articleList, .entityList: return nil
        }
    }
}

/// An entity's bodies, built from the corpus on their first request and kept. A raw start
/// built them all before ready: at 100,000 articles about a quarter of its CPU (related entities
/// count every pair of entities sharing an article, then gzip), for pages most of which are never
/// asked for. A snapshot still stores them, made by `build` as here, so bytes and ETags are the
/// same whichever start serves them.
final class EntityBodies: Sendable {
    private let corpus: Corpus
    private let cacheControl: String
    /// One per entity and kind (entity position × kinds + kind); kept once built (the bodies
    /// all together are what a start used to hold).
    private let slots: [Slot]

    init(corpus: Corpus, cacheControl: String) {
        self.corpus = corpus
        self.cacheControl = cacheControl
        slots = (0..<(corpus.entities.count * EntityBodyKind.allCases.count)).map { _ in Slot() }
    }

    var count: Int { corpus.entities.count }

    /// The body of `kind` of the entity at `position` of `corpus.entities`, nil outside it.
    func body(_ kind: EntityBodyKind, at position: Int) -> PreparedBody? {
        guard corpus.entities.indices.contains(position) else { return nil }
        let slot = slots[position * EntityBodyKind.allCases.count + kind.rawValue]
        if let kept = slot.body.withLock({ $0 }) { return kept }
        let built = Self.build(kind, of: corpus.entities[position], corpus: corpus, cacheControl: cacheControl,
                               deflater: GzipDeflater())
        // Two first requests may race: both answer with the body kept first.
        return slot.body.withLock { kept in
            if let kept { return kept }
            kept = built
            return built
        }
    }

    /// One body, gzip form only (clients of a JSON API nearly all accept it; an identity client
    /// gets it inflated by `PreparedBody`).
    static func build(_ kind: EntityBodyKind, of entity: Entity, corpus: Corpus, cacheControl: String,
                      deflater: GzipDeflater) -> PreparedBody {
        var json = JSONWriter()
        let firstPage = Paging.first
        switch kind {
        case .entity:
            EntityRepresentation.full(entity, corpus: corpus, paging: firstPage, into: &json)
        case .related:
            let related = corpus.related(to: entity.id, sharedArticleLimit: EntityRepresentation.sharedArticleLimit)
            ListEnvelope.write(related, paging: firstPage, into: &json) { json, item in
                EntityRepresentation.related(item, of: entity.id, corpus: corpus, into: &json)
            }
        case .mentions:
            ListEnvelope.write(EntityRepresentation.mentions(of: entity, corpus: corpus), paging: firstPage, into: &json) { json, item in
                EntityRepresentation.mention(item, into: &json)
            }
        }
        return PreparedBody(bytes: json.bytes, contentType: "application/json", cacheControl: cacheControl, keepIdentity: false,
                            deflater: deflater)
    }

    private final class Slot: Sendable {
        let body = Mutex<PreparedBody?>(nil)
    }
}
