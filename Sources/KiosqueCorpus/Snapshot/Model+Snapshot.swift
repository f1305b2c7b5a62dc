/// Snapshot encodings of the model values, field by field in declaration order.

extension Article {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(dateline != nil)
        if let dateline { dateline.encode(into: &writer) }
        for field in [author, agency, source, url, publisher] { writer.write(field) }
        writer.write(paragraphs.strings)
        origin.encode(into: &writer)
        writer.write(published != nil)
        if let published {
            for part in [published.year, published.month, published.day] { writer.write(part) }
            writer.write(published.secondsOfDay)
        }
    }

    /// Checks the record at the reader (bounds, flags, its publication date) and returns it to
    /// be read in place from `mapping`, where the reader's bytes lie (see `MappedArticle`).
    static func checkRecord(from reader: inout SnapshotReader, mapping: MappedSnapshot) throws(SnapshotError) -> MappedArticle {
        let start = reader.offset
        try reader.skipString("article id")
        try reader.skipString("title")
        if try reader.readBool("dateline presence") {
            try reader.skipString("dateline")
            try reader.skipOptionalString("dateline place")
            _ = try reader.readOptionalInt("dateline day")
            _ = try reader.readOptionalInt("dateline month")
        }
        for field in ["author", "agency", "source", "url", "publisher"] { try reader.skipOptionalString(field) }
        _ = try reader.skipStrings("paragraphs")
        try reader.skipString("origin path")
        _ = try reader.readInt("origin line")
        if try reader.readBool("publication date presence") {
            let year = try reader.readInt("publication year"), month = try reader.readInt("publication month")
            let day = try reader.readInt("publication day"), seconds = try reader.readOptionalInt("publication time")
            guard PublicationDate(year: year, month: month, day: day, secondsOfDay: seconds) != nil else {
                throw .malformed("impossible publication date \(year)-\(month)-\(day)")
            }
        }
        return MappedArticle(record: reader.bytes(from: start), owner: mapping)
    }
}

extension Dateline {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(raw)
        writer.write(place)
        writer.write(day)
        writer.write(month)
    }

    static func decode(from reader: inout SnapshotReader) throws(SnapshotError) -> Dateline {
        Dateline(raw: try reader.readString("dateline"), place: try reader.readOptionalString("dateline place"),
                 day: try reader.readOptionalInt("dateline day"), month: try reader.readOptionalInt("dateline month"))
    }
}

extension SourceLocation {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(path)
        writer.write(line)
    }

    static func decode(from reader: inout SnapshotReader) throws(SnapshotError) -> SourceLocation {
        SourceLocation(path: try reader.readString("origin path"), line: try reader.readInt("origin line"))
    }
}

extension LoadReport {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(filesRead)
        writer.write(articlesLoaded)
        for issues in [skipped, duplicates, notes] {
            writer.write(UInt32(issues.count))
            for issue in issues {
                issue.location.encode(into: &writer)
                writer.write(issue.message)
            }
        }
        writer.write(parseSeconds)
    }

    static func decode(from reader: inout SnapshotReader) throws(SnapshotError) -> LoadReport {
        let filesRead = try reader.readInt("files read")
        let articlesLoaded = try reader.readInt("articles loaded")
        var lists: [[Issue]] = []
        for _ in 0..<3 {
            let count = try reader.readCount("issue count", minimumSize: 16)
            var issues: [Issue] = []
            issues.reserveCapacity(count)
            for _ in 0..<count {
                issues.append(Issue(location: try SourceLocation.decode(from: &reader), message: try reader.readString("issue")))
            }
            lists.append(issues)
        }
        var report = LoadReport(filesRead: filesRead, articlesLoaded: articlesLoaded, skipped: lists[0], duplicates: lists[1],
                                parseSeconds: try reader.readDouble("parse seconds"))
        report.notes = lists[2]
        return report
    }
}

extension Entity {
    /// `positions` maps an article id to its place in the corpus.
    func encode(into writer: inout SnapshotWriter, positions: [String: UInt32]) {
        writer.write(id)
        writer.write(name)
        writer.write(type.rawValue)
        writer.write(variants)
        writer.write(mentionCount)
        writer.write(UInt32(articleIDs.count))
        for articleID in articleIDs { writer.write(positions[articleID] ?? UInt32.max) }
    }

    static func decode(from reader: inout SnapshotReader, articleIDs ids: ArticleIDList.Table) throws(SnapshotError) -> Entity {
        let id = try reader.readString("entity id")
        let name = try reader.readString("entity name")
        let typeName = try reader.readString("entity type")
        guard let type = EntityType(rawValue: typeName) else { throw .malformed("entity \(id) has unknown type \(typeName)") }
        let variants = try reader.readStrings("entity variants")
        let mentionCount = try reader.readInt("mention count")
        let count = try reader.readCount("entity article count", minimumSize: 4)
        var positions: [Int32] = []
        positions.reserveCapacity(count)
        for _ in 0..<count {
            let position = try reader.readUInt32("entity article")
            guard position < ids.count else { throw .malformed("entity \(id) names article \(position) of \(ids.count)") }
            positions.append(Int32(position))
        }
        return Entity(id: id, name: name, type: type, variants: variants, mentionCount: mentionCount,
                      articles: ArticleIDList(positions: positions, table: ids))
    }
}
