import KiosqueCorpus

/// What the index knows of an article: its text fields and the values it can be filtered
/// and faceted by.
public struct SearchDocument: Sendable {
    public let id: String
    public let title: String
    /// Read from a snapshot's mapping when the article was (made into strings only for highlights).
    public let paragraphs: ParagraphText
    /// Entity ids, types and names (names are indexed as a field of their own).
    public let entities: [(id: String, type: EntityType, name: String)]
    public let source: String?
    public let author: String?
    /// The dateline as written (`Moscou, 19 novembre (RHC)`), for highlights.
    public let dateline: String?
    /// Month and day, when the article has a date or a dateline; the year when known.
    public let month: Int?
    public let day: Int?
    public let year: Int?
    /// The document's positions in the corpus's newest-first and oldest-first orders, when
    /// the corpus gives them: date order then needs no other tie-break (ids in natural order).
    public var dateRanks: (newest: Int32, oldest: Int32)?

    public init(id: String, title: String, paragraphs: [String], entities: [(id: String, type: EntityType, name: String)],
                source: String?, author: String?, month: Int?, day: Int?, dateline: String? = nil, year: Int? = nil) {
        self.init(id: id, title: title, text: ParagraphText(paragraphs), entities: entities, source: source, author: author,
                  month: month, day: day, dateline: dateline, year: year)
    }

    init(id: String, title: String, text paragraphs: ParagraphText, entities: [(id: String, type: EntityType, name: String)],
         source: String?, author: String?, month: Int?, day: Int?, dateline: String?, year: Int?) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
        self.entities = entities
        self.source = source
        self.author = author
        self.dateline = dateline
        self.month = month
        self.day = day
        self.year = year
    }

    /// The same document without its entity list: once the index's document table holds the
    /// entities, the index keeps its documents for highlights only (the lists were a fifth of
    /// a 100,000-article snapshot start's anonymous memory).
    func withoutEntities() -> SearchDocument {
        var document = SearchDocument(id: id, title: title, text: paragraphs, entities: [], source: source, author: author,
                                      month: month, day: day, dateline: dateline, year: year)
        document.dateRanks = dateRanks
        return document
    }

    /// The documents of a corpus with their entities, in corpus order.
    public static func documents(of corpus: Corpus) -> [SearchDocument] {
        // (On all cores: a tenth of a second per 50,000 articles on one.)
        ParallelChunks.map(ParallelChunks.ranges(count: corpus.articles.count)) { range in
            range.map { index in
                // Ids only: the index needs no mentions, and building their texts for every article costs start-up time.
                let entities = corpus.entityPositions(ofArticleAt: index).map { position in
                    (id: corpus.entities[position].id, type: corpus.entities[position].type, name: corpus.entities[position].name)
                }
                var document = SearchDocument(article: corpus.articles[index], entities: entities)
                document.dateRanks = (corpus.chronology.newestRank[index], corpus.chronology.oldestRank[index])
                return document
            }
        }.flatMap { $0 }
    }

    /// An article's document with these entities (no date ranks).
    init(article: Article, entities: [(id: String, type: EntityType, name: String)]) {
        // Each read once: a snapshot's article makes a field on every read.
        let published = article.published, dateline = article.dateline
        self.init(id: article.id, title: article.title, text: article.paragraphs, entities: entities,
                  source: article.source, author: article.author, month: published?.month ?? dateline?.month,
                  day: published?.day ?? dateline?.day, dateline: dateline?.raw, year: published?.year)
    }
}
