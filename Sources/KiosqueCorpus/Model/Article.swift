/// One parsed news article. Immutable once loaded.
public struct Article: Sendable, Hashable {
    /// Stable id: the numeric id in the URL (`277616`), else a content hash (see `ArticleID`).
    public let id: String
    /// Title with markdown emphasis stripped.
    public let title: String
    /// The dateline (`Moscou, 19 novembre (RHC)`), when the article has one.
    public let dateline: Dateline?
    /// The publication date with its year: JSONL `published` (or an alias), else a year
    /// written in the dateline. Nil when no year is known (a yearless dateline keeps its
    /// day and month in `dateline`).
    public let published: PublicationDate?
    /// The author from an `Auteur … (RHC)` line, when the article has one.
    public let author: String?
    /// The agency in parentheses on the dateline or author line (`RHC`).
    public let agency: String?
    /// The text after `Source ` on the source line (`Prensa Latina`).
    public let source: String?
    /// The article's URL without angle brackets.
    public let url: String?
    /// The publisher line (`Radio Habana Cuba`), emphasis stripped.
    public let publisher: String?
    /// Body paragraphs, the dateline cut off the first one, mid-sentence breaks joined.
    public let paragraphs: ParagraphText
    /// Where the article was read from (file path, and line for JSONL).
    public let origin: SourceLocation

    public init(id: String, title: String, dateline: Dateline?, author: String?, agency: String?,
                source: String?, url: String?, publisher: String?, paragraphs: [String], origin: SourceLocation,
                published: PublicationDate? = nil) {
        self.init(id: id, title: title, dateline: dateline, author: author, agency: agency, source: source, url: url,
                  publisher: publisher, text: ParagraphText(paragraphs), origin: origin, published: published)
    }

    /// An article whose paragraphs may stay in a snapshot's mapping.
    package init(id: String, title: String, dateline: Dateline?, author: String?, agency: String?,
                 source: String?, url: String?, publisher: String?, text paragraphs: ParagraphText, origin: SourceLocation,
                 published: PublicationDate? = nil) {
        self.id = id
        self.published = published
        self.title = title
        self.dateline = dateline
        self.author = author
        self.agency = agency
        self.source = source
        self.url = url
        self.publisher = publisher
        self.paragraphs = paragraphs
        self.origin = origin
    }
}

extension Article {
    /// The same article under another id.
    public func withID(_ newID: String) -> Article {
        Article(id: newID, title: title, dateline: dateline, author: author, agency: agency, source: source, url: url,
                publisher: publisher, text: paragraphs, origin: origin, published: published)
    }
}

/// A dateline such as `Moscou, 19 novembre (RHC)`. A year written in it goes to the
/// article's `published`; none is invented.
public struct Dateline: Sendable, Hashable {
    /// The dateline exactly as written.
    public let raw: String
    /// The place (`Moscou`).
    public let place: String?
    /// Day of the month (1–31).
    public let day: Int?
    /// Month (1–12).
    public let month: Int?

    public init(raw: String, place: String?, day: Int?, month: Int?) {
        self.raw = raw
        self.place = place
        self.day = day
        self.month = month
    }
}

/// A file path and 1-based line number, for error messages (`path:line: what is wrong`).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public var description: String { "\(path):\(line)" }
}
