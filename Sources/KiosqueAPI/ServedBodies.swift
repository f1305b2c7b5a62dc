import KiosqueHTTP

/// The bodies a start serves: the bodies it prepared (the lists' first pages, and every
/// entity's when a snapshot's mapping holds them), the entity bodies built on demand otherwise,
/// and the article bodies, built on demand in either start.
struct ServedBodies<Prepared: PreparedBodies>: PreparedBodies {
    let prepared: Prepared
    let articles: ArticleBodies
    /// Nil when `prepared` holds the entity bodies (a snapshot start).
    let entities: EntityBodies?

    func count(_ kind: BodyKind) -> Int {
        if kind == .article { return articles.count }
        if let entities, EntityBodyKind(kind) != nil { return entities.count }
        return prepared.count(kind)
    }

    func body(_ kind: BodyKind, at position: Int) -> PreparedBody? {
        if kind == .article { return articles.body(at: position) }
        if let entities, let entityKind = EntityBodyKind(kind) { return entities.body(entityKind, at: position) }
        return prepared.body(kind, at: position)
    }
}
