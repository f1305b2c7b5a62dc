/// The corpus's part of a snapshot: articles, the load report, resolved entities and each
/// article's compact entity table, so a snapshot start skips parsing and extraction.
/// Entities name their articles by position, not id (4 bytes instead of a string each).
extension Corpus {
    package func encode(into writer: inout SnapshotWriter) {
        loadReport.encode(into: &writer)
        writer.write(extractionSeconds)
        SnapshotBlocks.write(count: articles.count, into: &writer) { writer, index in articles[index].encode(into: &writer) }
        let positions = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($0.element.id, UInt32($0.offset)) })
        SnapshotBlocks.write(count: entities.count, into: &writer) { writer, index in
            entities[index].encode(into: &writer, positions: positions)
        }
        SnapshotBlocks.write(count: articles.count, into: &writer) { writer, index in
            let entries = entityTable.entries(ofArticleAt: index), mentions = entityTable.mentions(ofArticleAt: index)
            writer.write(UInt32(entries.count))
            for entry in entries {
                writer.write(UInt32(bitPattern: entry.entity))
                writer.write(UInt32(bitPattern: entry.mentions.lowerBound))
                writer.write(UInt32(bitPattern: entry.mentions.upperBound))
            }
            writer.write(UInt32(mentions.count))
            for mention in mentions { mention.encode(into: &writer) }
        }
        // The date orders: sorting 100,000 articles (ties by id in natural order) was a twentieth of a snapshot start.
        for order in [chronology.newestFirst, chronology.oldestFirst] {
            writer.write(UInt32(order.count))
            for index in order { writer.write(UInt32(index)) }
        }
    }

    /// Decodes what `encode` wrote, each list's blocks on all cores; the paragraphs stay in
    /// `mapping`, which holds the reader's bytes.
    package static func decode(from reader: inout SnapshotReader, mapping: MappedSnapshot) throws(SnapshotError) -> Corpus {
        let report = try LoadReport.decode(from: &reader)
        let extractionSeconds = try reader.readDouble("extraction seconds")
        let articles = try SnapshotBlocks.read("articles", from: &reader) { reader, _ throws(SnapshotError) in
            try Article.decode(from: &reader, mapping: mapping)
        }
        // The ids alone: indexing `articles` per reference copied (retained) a whole article each time.
        let articleIDs = articles.map { $0.id }
        let entities = try SnapshotBlocks.read("entities", from: &reader) { reader, _ throws(SnapshotError) in
            try Entity.decode(from: &reader, articleIDs: articleIDs)
        }
        let entityCount = entities.count
        let tables = try SnapshotBlocks.readBlocks("article entities", from: &reader) { reader, range throws(SnapshotError) in
            var table = ArticleEntityTable()
            var entries: [ResolvedEntry] = [], mentions: [CompactMention] = []  // reused from article to article
            for _ in range { try decodeArticleTable(from: &reader, entityCount: entityCount, into: &table, using: &entries, &mentions) }
            return table
        }
        guard tables.count == articles.count else {
            throw .malformed("\(tables.count) article entity tables for \(articles.count) articles")
        }
        var orders: [[Int]] = []
        for name in ["newest-first order", "oldest-first order"] {
            let count = try reader.readCount(name, minimumSize: 4)
            var order: [Int] = []
            order.reserveCapacity(count)
            for _ in 0..<count { order.append(Int(try reader.readUInt32(name))) }
            orders.append(order)
        }
        guard let chronology = ChronologicalOrder(newestFirst: orders[0], oldestFirst: orders[1], count: articles.count) else {
            throw .malformed("the date orders are not orders of the \(articles.count) articles")
        }
        return Corpus(articles: articles, loadReport: report, entities: entities, extractionSeconds: extractionSeconds,
                      entityTable: ArticleEntityTable(joining: tables.blocks), chronology: chronology)
    }

    /// One article's entities and the compact mentions they point into, appended to `table`.
    private static func decodeArticleTable(from reader: inout SnapshotReader, entityCount: Int, into table: inout ArticleEntityTable,
                                           using entries: inout [ResolvedEntry], _ mentions: inout [CompactMention]) throws(SnapshotError) {
        let entryCount = try reader.readCount("article entity count", minimumSize: 12)
        entries.removeAll(keepingCapacity: true)
        for _ in 0..<entryCount { entries.append(try ResolvedEntry.decode(from: &reader, entityCount: entityCount)) }
        let mentionCount = try reader.readCount("article mention count", minimumSize: 20)
        mentions.removeAll(keepingCapacity: true)
        for _ in 0..<mentionCount { mentions.append(try CompactMention.decode(from: &reader)) }
        guard entries.allSatisfy({ $0.mentions.upperBound <= mentionCount }) else {
            throw .malformed("an article's entity points past its \(mentionCount) mentions")
        }
        table.append(entries, mentions)
    }
}

extension ResolvedEntry {
    static func decode(from reader: inout SnapshotReader, entityCount: Int) throws(SnapshotError) -> ResolvedEntry {
        let entity = Int32(bitPattern: try reader.readUInt32("entity position"))
        let lower = Int32(bitPattern: try reader.readUInt32("mention start"))
        let upper = Int32(bitPattern: try reader.readUInt32("mention end"))
        guard entity >= 0, Int(entity) < entityCount, lower >= 0, lower <= upper else {
            throw .malformed("article entity \(entity) with mentions \(lower)..<\(upper) is out of range")
        }
        return ResolvedEntry(entity: entity, mentions: lower..<upper)
    }
}

extension CompactMention {
    func encode(into writer: inout SnapshotWriter) {
        for value in [field, utf8Start, utf8Count, utf16Start, utf16Count] { writer.write(value) }
    }

    static func decode(from reader: inout SnapshotReader) throws(SnapshotError) -> CompactMention {
        CompactMention(field: try reader.readUInt32("mention field"),
                       utf8Start: try reader.readUInt32("mention start"), utf8Count: try reader.readUInt32("mention length"),
                       utf16Start: try reader.readUInt32("mention start"), utf16Count: try reader.readUInt32("mention length"))
    }
}
