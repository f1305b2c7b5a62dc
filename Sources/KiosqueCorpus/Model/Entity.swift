/// The four entity types of the annotation guidelines.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case person = "PERSON"
    case place = "PLACE"
    case org = "ORG"
    case misc = "MISC"

    /// Position in `allCases`, for per-type counters kept in arrays.
    var voteSlot: Int {
        switch self {
        case .person: return 0
        case .place: return 1
        case .org: return 2
        case .misc: return 3
        }
    }
}

/// Where a mention sits: the title, a body paragraph, or a metadata line.
public enum TextField: Sendable, Hashable {
    case title
    case paragraph(Int)
    /// The dateline (`Moscou, 19 novembre (RHC)`).
    case dateline
    /// The author line's name.
    case author
    /// The `Source` line's value.
    case source
    /// The publisher line (`Radio Habana Cuba`).
    case publisher

    /// The field's name in JSON.
    public var name: String {
        switch self {
        case .title: return "title"
        case .paragraph: return "paragraph"
        case .dateline: return "dateline"
        case .author: return "author"
        case .source: return "source"
        case .publisher: return "publisher"
        }
    }

    /// The paragraph index, for paragraph mentions.
    public var paragraphIndex: Int? {
        if case .paragraph(let index) = self { return index }
        return nil
    }

    /// The text of this field in `article`.
    public func text(in article: Article) -> String {
        switch self {
        case .title: return article.title
        case .paragraph(let index): return index < article.paragraphs.count ? article.paragraphs[index] : ""
        case .dateline: return article.dateline?.raw ?? ""
        case .author: return article.author ?? ""
        case .source: return article.source ?? ""
        case .publisher: return article.publisher ?? ""
        }
    }
}

/// One occurrence of an entity name in an article's original text.
public struct Mention: Sendable, Hashable {
    /// The surface form exactly as written (determiners and titles outside the span).
    public let text: String
    /// The field the mention is in.
    public let field: TextField
    /// Byte range in the UTF-8 view of that field's original text.
    public let utf8Range: Range<Int>
    /// Range in UTF-16 code units of that field's original text (what browsers index by).
    public let utf16Range: Range<Int>

    public init(text: String, field: TextField, utf8Range: Range<Int>, utf16Range: Range<Int>) {
        self.text = text
        self.field = field
        self.utf8Range = utf8Range
        self.utf16Range = utf16Range
    }
}

/// An entity as found in one article: its type, canonical name in that article and mentions.
public struct ArticleEntity: Sendable, Hashable {
    /// The corpus-wide entity id (slug of the folded canonical name).
    public let entityID: String
    public let type: EntityType
    /// Every mention in the article, in text order.
    public let mentions: [Mention]

    public init(entityID: String, type: EntityType, mentions: [Mention]) {
        self.entityID = entityID
        self.type = type
        self.mentions = mentions
    }
}

/// An entity resolved across the whole corpus.
public struct Entity: Sendable, Hashable {
    /// Slug of the folded canonical name (`yuri-borisov`): stable across restarts and machines.
    public let id: String
    /// The canonical name (see the canonical-name rule in `EntityResolver`).
    public let name: String
    public let type: EntityType
    /// Every distinct surface form, in order of first occurrence in the corpus.
    public let variants: [String]
    /// Total number of mentions in the corpus.
    public let mentionCount: Int
    /// Ids of the articles that mention it, in corpus order.
    public let articleIDs: ArticleIDList

    public init(id: String, name: String, type: EntityType, variants: [String], mentionCount: Int, articleIDs: [String]) {
        self.init(id: id, name: name, type: type, variants: variants, mentionCount: mentionCount, articles: ArticleIDList(articleIDs))
    }

    /// An entity whose article list points into the corpus's shared id table.
    package init(id: String, name: String, type: EntityType, variants: [String], mentionCount: Int, articles: ArticleIDList) {
        self.id = id
        self.name = name
        self.type = type
        self.variants = variants
        self.mentionCount = mentionCount
        self.articleIDs = articles
    }
}
