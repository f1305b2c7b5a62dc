import Dispatch
import KiosqueText

/// The immutable in-memory corpus: articles, their entities, the entity graph.
///
/// Entities are resolved across articles by their folded name (so `Yuri Borísov` and
/// `Yuri Borisov` are one entity, id `yuri-borisov`); a one-word person name that matches
/// the last word of exactly one longer person name in the corpus joins it (`Poutine` →
/// `Vladimir Poutine`). An entity's type is the one most of its mentions were given.
public struct Corpus: Sendable {
    /// Articles in load order.
    public let articles: ArticleList
    /// What the loader found.
    public let loadReport: LoadReport
    /// Every entity, most mentioned first (ties by name).
    public let entities: [Entity]
    /// Seconds spent extracting and resolving entities.
    public let extractionSeconds: Double
    /// CPU seconds (all threads) spent on it at this start (0 when read from a snapshot).
    package let extractionCPUSeconds: Double
    /// The articles' date orders (newest and oldest first) and each article's rank in them.
    public let chronology: ChronologicalOrder

    private let idTable: ArticleKeyTable
    private let urlTable: ArticleKeyTable
    private let entityIndex: [String: Int]
    /// The id table the entities' article lists share, in `articles` order.
    private let articleIDTable: ArticleIDList.Table?
    /// Per entity (position in `entities`): its rank in id order, so that ties sorted by id
    /// compare integers (`related(to:)` sorts for every entity at start).
    private let idRank: [Int32]
    /// Scratch for `related(to:)`.
    private let slotTables: EntitySlotTables
    /// Per article (load order): its entities and their mentions, compact (see `CompactMention`).
    let entityTable: ArticleEntityTable

    /// Builds the corpus: extracts entities from every article (on all cores) and resolves them.
    public init(articles: [Article], loadReport: LoadReport) {
        let started = DispatchTime.now().uptimeNanoseconds, startedCPU = ProcessCPU.seconds
        let list = ArticleList(articles)
        self.articles = list
        self.loadReport = loadReport
        var extracted = Self.extractAll(articles)
        FreedMemory.returnToSystem()
        // The lookup tables and date orders (serial) are made beside the resolution, whose own
        // serial steps leave a core idle.
        let tables = SideTask { (Self.lookupTables(list), ChronologicalOrder(articles)) }
        let resolved = EntityResolver.resolve(articles: articles, chunks: &extracted)
        ((idTable, urlTable), chronology) = tables.value()
        entities = resolved.entities
        entityTable = resolved.entityTable
        entityIndex = Dictionary(uniqueKeysWithValues: resolved.entities.enumerated().map { ($0.element.id, $0.offset) })
        articleIDTable = resolved.entities.first?.articleIDs.sharedTable
        idRank = Self.idRanks(resolved.entities)
        slotTables = EntitySlotTables(entityCount: resolved.entities.count)
        FreedMemory.returnToSystem()
        extractionSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        extractionCPUSeconds = ProcessCPU.seconds - startedCPU
    }

    /// Reassembles a corpus from parts already extracted and resolved (a snapshot's); only the
    /// lookup tables are rebuilt.
    init(articles: ArticleList, loadReport: LoadReport, entities: [Entity], extractionSeconds: Double,
         entityTable: ArticleEntityTable, chronology: ChronologicalOrder) {
        self.articles = articles
        self.loadReport = loadReport
        self.entities = entities
        self.extractionSeconds = extractionSeconds
        extractionCPUSeconds = 0
        self.entityTable = entityTable
        (idTable, urlTable) = Self.lookupTables(articles)
        self.chronology = chronology
        entityIndex = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($0.element.id, $0.offset) })
        articleIDTable = entities.first?.articleIDs.sharedTable
        idRank = Self.idRanks(entities)
        slotTables = EntitySlotTables(entityCount: entities.count)
    }

    private static func idRanks(_ entities: [Entity]) -> [Int32] {
        var rank = [Int32](repeating: 0, count: entities.count)
        for (position, entity) in entities.indices.sorted(by: { entities[$0].id < entities[$1].id }).enumerated() {
            rank[entity] = Int32(position)
        }
        return rank
    }

    /// The article with this id.
    public func article(id: String) -> Article? {
        articleIndex(id: id).map { articles[$0] }
    }

    /// The position of the article with this id in `articles`.
    public func articleIndex(id: String) -> Int? {
        idTable.position(of: id) { articles.id(at: $0) }
    }

    /// The positions in `articles` of an entity's articles, in its list's order: read from the
    /// list when it shares the corpus's id table (no id read and looked up per article).
    package func articlePositions(of entity: Entity) -> [Int] {
        if let articleIDTable, let positions = entity.articleIDs.positions(sharing: articleIDTable) {
            return positions.map(Int.init)
        }
        return entity.articleIDs.compactMap { articleIndex(id: $0) }
    }

    /// The article with this URL.
    public func article(url: String) -> Article? {
        urlTable.position(of: url) { articles.url(at: $0) }.map { articles[$0] }
    }

    /// The position of the entity with this id in `entities`.
    package func entityIndex(id: String) -> Int? {
        entityIndex[id]
    }

    /// The entity with this id.
    public func entity(id: String) -> Entity? {
        entityIndex[id].map { entities[$0] }
    }

    /// The entities of an article with their mentions, in order of first mention.
    public func entities(inArticle id: String) -> [ArticleEntity] {
        guard let index = articleIndex(id: id) else { return [] }
        let article = articles[index]
        return entityTable.entries(ofArticleAt: index).map { entry in
            let entity = entities[Int(entry.entity)]
            return ArticleEntity(entityID: entity.id, type: entity.type,
                                 mentions: entityTable.mentions(of: entry, inArticleAt: index).map { $0.mention(in: article) })
        }
    }

    /// The mentions of one entity in one article.
    public func mentions(of entityID: String, inArticle id: String) -> [Mention] {
        guard let index = articleIndex(id: id), let entity = entityIndex[entityID] else { return [] }
        return mentions(ofEntityAt: entity, inArticleAt: index)
    }

    /// How many times one entity is mentioned in one article (no mentions built).
    public func mentionCount(of entityID: String, inArticle id: String) -> Int {
        guard let index = articleIndex(id: id), let entity = entityIndex[entityID] else { return 0 }
        return mentionCount(ofEntityAt: entity, inArticleAt: index)
    }

    /// `mentions(of:inArticle:)` by positions in `entities` and `articles` (no id lookups).
    package func mentions(ofEntityAt entity: Int, inArticleAt index: Int) -> [Mention] {
        guard let entry = entityTable.entries(ofArticleAt: index).first(where: { $0.entity == Int32(entity) }) else { return [] }
        let article = articles[index]
        return entityTable.mentions(of: entry, inArticleAt: index).map { $0.mention(in: article) }
    }

    /// `mentionCount(of:inArticle:)` by positions in `entities` and `articles`.
    package func mentionCount(ofEntityAt entity: Int, inArticleAt index: Int) -> Int {
        entityTable.entries(ofArticleAt: index).first(where: { $0.entity == Int32(entity) })?.mentions.count ?? 0
    }

    /// How many entities an article has (no ids gathered).
    package func entityCount(inArticle id: String) -> Int {
        articleIndex(id: id).map { entityTable.entries(ofArticleAt: $0).count } ?? 0
    }

    /// The ids of an article's entities, in order of first mention (no mentions built).
    public func entityIDs(inArticle id: String) -> [String] {
        guard let index = articleIndex(id: id) else { return [] }
        return entityTable.entries(ofArticleAt: index).map { entities[Int($0.entity)].id }
    }

    /// The positions in `entities` of the entities of the article at `index` (load order), in
    /// order of first mention: no lookup by id, no entity copied.
    package func entityPositions(ofArticleAt index: Int) -> [Int] {
        entityTable.entries(ofArticleAt: index).map { Int($0.entity) }
    }

    /// Entities sharing articles with `entityID`: count of shared articles and their ids (the
    /// first `sharedArticleLimit` of them, in corpus order), most shared first (ties by entity id).
    public func related(to entityID: String, sharedArticleLimit: Int = .max) -> [RelatedEntity] {
        guard let position = entityIndex[entityID] else { return [] }
        // Counted by entity position in a table lent for the call, not hashed by id: this runs
        // for every entity at start, over every pair of entities sharing an article.
        let own = Int32(position)
        var others: [Int32] = [], counts: [Int] = [], shared: [[String]] = []
        slotTables.withTable { slotOf in
            for index in articlePositions(of: entities[position]) {
                for entry in entityTable.entries(ofArticleAt: index) where entry.entity != own {
                    var slot = Int(slotOf[Int(entry.entity)])
                    if slot < 0 {
                        slot = others.count
                        slotOf[Int(entry.entity)] = Int32(slot)
                        others.append(entry.entity)
                        counts.append(0)
                        shared.append([])
                    }
                    counts[slot] += 1
                    if shared[slot].count < sharedArticleLimit { shared[slot].append(articles.id(at: index)) }
                }
            }
            for other in others { slotOf[Int(other)] = -1 }
        }
        let order = others.indices.sorted { lhs, rhs in
            counts[lhs] != counts[rhs] ? counts[lhs] > counts[rhs] : idRank[Int(others[lhs])] < idRank[Int(others[rhs])]
        }
        return order.map { RelatedEntity(entityID: entities[Int(others[$0])].id, count: counts[$0], articleIDs: shared[$0]) }
    }

    /// First and last articles mentioning the entity by date: the oldest and the newest of
    /// its dated articles; yearless datelines only when none has a full date, undated
    /// articles only when none has a date at all. Ties by id in natural order.
    public func appearances(of entityID: String) -> (first: Article, last: Article)? {
        guard let entity = entity(id: entityID) else { return nil }
        return appearances(amongArticlesAt: articlePositions(of: entity))
    }

    /// `appearances(of:)` over article positions already looked up.
    package func appearances(amongArticlesAt mentioning: [Int]) -> (first: Article, last: Article)? {
        let first = mentioning.min { chronology.oldestRank[$0] < chronology.oldestRank[$1] }
        let last = mentioning.min { chronology.newestRank[$0] < chronology.newestRank[$1] }
        guard let first, let last else { return nil }
        return (articles[first], articles[last])
    }

    /// Number of entities of each type.
    public var entityCountsByType: [EntityType: Int] {
        Dictionary(grouping: entities, by: \.type).mapValues(\.count)
    }

    /// Total mentions in the corpus.
    public var mentionCount: Int {
        entities.reduce(0) { $0 + $1.mentionCount }
    }

    /// Article positions by id and by URL.
    private static func lookupTables(_ articles: ArticleList) -> (byID: ArticleKeyTable, byURL: ArticleKeyTable) {
        (ArticleKeyTable(count: articles.count) { articles.id(at: $0) }, ArticleKeyTable(count: articles.count) { articles.url(at: $0) })
    }

    /// Runs the extractor over every article, in chunks spread over all cores.
    /// Every article's entities, extracted on all cores in chunks of consecutive articles.
    private static func extractAll(_ articles: [Article]) -> [ExtractionChunk] {
        let extractor = EntityExtractor()
        return ParallelChunks.map(ParallelChunks.ranges(count: articles.count, chunks: 64)) { range in
            var chunk = ExtractionChunk(articles: range)
            for index in range {
                let article = articles[index]
                let body = extractor.extract(title: article.title, paragraphs: article.paragraphs)
                chunk.append(MetadataEntities.merge(MetadataEntities.extract(article), into: body))
            }
            chunk.seal()
            return chunk
        }
    }
}

/// An entity co-occurring with another: how many articles they share, and which (the first
/// ones, when the list was asked for with a limit).
public struct RelatedEntity: Sendable, Hashable {
    public let entityID: String
    public let count: Int
    public let articleIDs: [String]
}
