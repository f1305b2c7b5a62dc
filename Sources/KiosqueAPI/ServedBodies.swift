import KiosqueHTTP

/// The bodies a start serves: the entity and list bodies it prepared (built in memory, or read
/// from a snapshot's mapping), and the article bodies, built on demand.
struct ServedBodies<Prepared: PreparedBodies>: PreparedBodies {
    let prepared: Prepared
    let articles: ArticleBodies

    func count(_ kind: BodyKind) -> Int {
        kind == .article ? articles.count : prepared.count(kind)
    }

    func body(_ kind: BodyKind, at position: Int) -> PreparedBody? {
        kind == .article ? articles.body(at: position) : prepared.body(kind, at: position)
    }
}
