/// The corpus's articles in load order: parsed articles, or a snapshot's records read in place
/// (an article made on each access is a view: its fields are read when asked).
public struct ArticleList: RandomAccessCollection, Equatable, Sendable {
    private enum Storage {
        case parsed([Article])
        case mapped([MappedArticle])
    }

    private let storage: Storage

    public init(_ articles: [Article]) {
        storage = .parsed(articles)
    }

    init(mapped records: [MappedArticle]) {
        storage = .mapped(records)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .parsed(let articles): articles.count
        case .mapped(let records): records.count
        }
    }

    public subscript(position: Int) -> Article {
        switch storage {
        case .parsed(let articles): articles[position]
        case .mapped(let records): Article(mapped: records[position])
        }
    }

    /// The id of the article at `position`, without making the article's other fields.
    func id(at position: Int) -> String {
        switch storage {
        case .parsed(let articles): articles[position].id
        case .mapped(let records): records[position].id
        }
    }

    /// The URL of the article at `position`, without making the article's other fields.
    func url(at position: Int) -> String? {
        switch storage {
        case .parsed(let articles): articles[position].url
        case .mapped(let records): records[position].url
        }
    }

    /// Equal when they hold equal articles in the same order, however each is stored.
    public static func == (left: ArticleList, right: ArticleList) -> Bool {
        left.elementsEqual(right)
    }
}
