/// The immutable in-memory corpus: articles, their entities, the entity graph.
/// (Skeleton: the entity pipeline fills `entities` and `articleEntities`.)
public struct Corpus: Sendable {
    /// Articles in load order.
    public let articles: [Article]
    /// What the loader found.
    public let loadReport: LoadReport

    /// Builds the corpus: extracts and resolves entities over `articles`.
    public init(articles: [Article], loadReport: LoadReport) {
        self.articles = articles
        self.loadReport = loadReport
    }
}
