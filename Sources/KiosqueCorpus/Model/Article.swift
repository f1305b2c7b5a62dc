/// One news article. Immutable once loaded. A parsed article holds its fields; a snapshot's
/// reads each field from the mapping when asked (see `MappedArticle`), so that a snapshot start
/// keeps no per-article strings: they were a third of its anonymous memory.
public struct Article: Sendable, Hashable {
    private enum Storage {
        case parsed(ArticleFields)
        case mapped(MappedArticle)
    }

    private let storage: Storage

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
        storage = .parsed(ArticleFields(id: id, title: title, dateline: dateline, published: published, author: author,
                                        agency: agency, source: source, url: url, publisher: publisher,
                                        paragraphs: paragraphs, origin: origin))
    }

    init(mapped: MappedArticle) {
        storage = .mapped(mapped)
    }

    /// Stable id: the numeric id in the URL (`277616`), else a content hash (see `ArticleID`).
    public var id: String {
        switch storage {
        case .parsed(let fields): fields.id
        case .mapped(let record): record.id
        }
    }

    /// Title with markdown emphasis stripped.
    public var title: String {
        switch storage {
        case .parsed(let fields): fields.title
        case .mapped(let record): record.title
        }
    }

    /// The dateline (`Moscou, 19 novembre (RHC)`), when the article has one.
    public var dateline: Dateline? {
        switch storage {
        case .parsed(let fields): fields.dateline
        case .mapped(let record): record.dateline
        }
    }

    /// The publication date with its year: JSONL `published` (or an alias), else a year
    /// written in the dateline. Nil when no year is known (a yearless dateline keeps its
    /// day and month in `dateline`).
    public var published: PublicationDate? {
        switch storage {
        case .parsed(let fields): fields.published
        case .mapped(let record): record.published
        }
    }

    /// The author from an `Auteur … (RHC)` line, when the article has one.
    public var author: String? {
        switch storage {
        case .parsed(let fields): fields.author
        case .mapped(let record): record.author
        }
    }

    /// The agency in parentheses on the dateline or author line (`RHC`).
    public var agency: String? {
        switch storage {
        case .parsed(let fields): fields.agency
        case .mapped(let record): record.agency
        }
    }

    /// The text after `Source ` on the source line (`Prensa Latina`).
    public var source: String? {
        switch storage {
        case .parsed(let fields): fields.source
        case .mapped(let record): record.source
        }
    }

    /// The article's URL without angle brackets.
    public var url: String? {
        switch storage {
        case .parsed(let fields): fields.url
        case .mapped(let record): record.url
        }
    }

    /// The publisher line (`Radio Habana Cuba`), emphasis stripped.
    public var publisher: String? {
        switch storage {
        case .parsed(let fields): fields.publisher
        case .mapped(let record): record.publisher
        }
    }

    /// Body paragraphs, the dateline cut off the first one, mid-sentence breaks joined.
    public var paragraphs: ParagraphText {
        switch storage {
        case .parsed(let fields): fields.paragraphs
        case .mapped(let record): record.paragraphs
        }
    }

    /// Where the article was read from (file path, and line for JSONL).
    public var origin: SourceLocation {
        switch storage {
        case .parsed(let fields): fields.origin
        case .mapped(let record): record.origin
        }
    }

    public static func == (left: Article, right: Article) -> Bool {
        left.id == right.id && left.title == right.title && left.dateline == right.dateline && left.published == right.published
            && left.author == right.author && left.agency == right.agency && left.source == right.source && left.url == right.url
            && left.publisher == right.publisher && left.paragraphs == right.paragraphs && left.origin == right.origin
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(paragraphs)
    }
}

extension Article {
    /// The same article under another id.
    public func withID(_ newID: String) -> Article {
        Article(id: newID, title: title, dateline: dateline, author: author, agency: agency, source: source, url: url,
                publisher: publisher, text: paragraphs, origin: origin, published: published)
    }
}

/// A parsed article's fields, held in memory. A class, so that reading a field out of the
/// enum copies one reference, not a payload of ten (each a retain and a release).
private final class ArticleFields: Sendable {
    let id: String
    let title: String
    let dateline: Dateline?
    let published: PublicationDate?
    let author: String?
    let agency: String?
    let source: String?
    let url: String?
    let publisher: String?
    let paragraphs: ParagraphText
    let origin: SourceLocation

    init(id: String, title: String, dateline: Dateline?, published: PublicationDate?, author: String?, agency: String?,
         source: String?, url: String?, publisher: String?, paragraphs: ParagraphText, origin: SourceLocation) {
        self.id = id
        self.title = title
        self.dateline = dateline
        self.published = published
        self.author = author
        self.agency = agency
        self.source = source
        self.url = url
        self.publisher = publisher
        self.paragraphs = paragraphs
        self.origin = origin
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
