/// The corpus's part of a snapshot: articles, the load report and resolved entities (each
/// article's compact entity table is a section of its own), so a snapshot start skips parsing
/// and extraction.
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
        // The date orders: sorting 100,000 articles (ties by id in natural order) was a twentieth of a snapshot start.
        for order in [chronology.newestFirst, chronology.oldestFirst] {
            writer.write(UInt32(order.count))
            for index in order { writer.write(UInt32(index)) }
        }
    }

    /// Decodes what `encode` wrote, each list's blocks on all cores; the articles stay in
    /// `mapping` (which holds the reader's bytes), checked and read in place.
    package static func decode(from reader: inout SnapshotReader, mapping: MappedSnapshot,
                               verifyingEntityTable: Bool = true) throws(SnapshotError) -> Corpus {
        let report = try LoadReport.decode(from: &reader)
        let extractionSeconds = try reader.readDouble("extraction seconds")
        let articles = ArticleList(mapped: try SnapshotBlocks.read("articles", from: &reader) { reader, _ throws(SnapshotError) in
            try Article.checkRecord(from: &reader, mapping: mapping)
        })
        let articleIDs = ArticleIDList.Table(articles: articles)
        let entities = try SnapshotBlocks.read("entities", from: &reader) { reader, _ throws(SnapshotError) in
            try Entity.decode(from: &reader, articleIDs: articleIDs)
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
                      entityTable: try ArticleEntityTable(in: mapping, articleCount: articles.count, entityCount: entities.count,
                                                          verifying: verifyingEntityTable),
                      chronology: chronology)
    }
}

/// The articles' entity table as its own section of flat arrays (tag `ENTS`), read in place.
extension ArticleEntityTable {
    static let snapshotTag = SnapshotTag.entityTable

    func snapshotSection() -> SnapshotSection {
        var writer = SnapshotArraysWriter()
        writer.add(entryStarts)
        writer.add(entries)
        writer.add(mentionStarts)
        writer.add(mentions)
        return SnapshotSection(Self.snapshotTag, writer.bytes)
    }

    /// The table in `mapping`'s `ENTS` section, its checksum verified unless `verifying` is
    /// false, every entry checked against the corpus's counts (the mentions themselves are read
    /// with bounds checks, so their checksum may wait until the server is ready).
    init(in mapping: MappedSnapshot, articleCount: Int, entityCount: Int, verifying: Bool) throws(SnapshotError) {
        if verifying { try mapping.verify(Self.snapshotTag) }
        var reader = try SnapshotArraysReader(Self.snapshotTag, of: mapping)
        let table = Self.checked(entryStarts: try reader.array("entity starts"), entries: try reader.array("article entities"),
                                 mentionStarts: try reader.array("mention starts"), mentions: try reader.array("mentions"),
                                 articleCount: articleCount, entityCount: entityCount)
        guard let table, reader.isAtEnd else {
            throw .malformed("\(mapping.path): the articles' entity table does not agree with the \(articleCount) articles and \(entityCount) entities")
        }
        self = table
    }
}

extension CompactMention {
    func encode(into writer: inout SnapshotWriter) {
        for value in [field, utf8Start, utf8Count] { writer.write(value) }
    }

    static func decode(from reader: inout SnapshotReader) throws(SnapshotError) -> CompactMention {
        CompactMention(field: try reader.readUInt32("mention field"),
                       utf8Start: try reader.readUInt32("mention start"), utf8Count: try reader.readUInt32("mention length"))
    }
}
