import KiosqueCorpus

/// The API's own lists that take analysis to build (titles collated, stemmed and folded):
/// built at a raw start, read from the snapshot's `APIL` section at a snapshot start.
struct APILists: Sendable {
    static let tag = SnapshotTag("APIL")

    /// Article positions in French title order (`ArticleOrders.byTitle`).
    let byTitle: [Int]
    /// Per article: its title's distinct content stems (`SimilarArticles.titleTerms`).
    let titleTerms: [[String]]
    /// Per article: its title's folded words, for suggestions (`SearchRoutes.titleWords`).
    let titleWords: [[String]]

    init(corpus: Corpus) {
        byTitle = ArticleOrders.byTitle(corpus.articles)
        titleTerms = SimilarArticles.titleTerms(corpus)
        titleWords = SearchRoutes.titleWords(corpus)
    }

    func section() -> SnapshotSection {
        var writer = SnapshotArraysWriter()
        writer.add(byTitle.map(Int32.init))
        for lists in [titleTerms, titleWords] {
            writer.add(lists.reduce(into: [UInt32(0)]) { $0.append($0[$0.count - 1] + UInt32($1.count)) })
            writer.add(strings: lists.flatMap { $0 })
        }
        return SnapshotSection(Self.tag, writer.bytes)
    }

    /// Reads the section after checking its checksum; `articleCount` is the corpus's.
    init(mapping: MappedSnapshot, articleCount: Int) throws(SnapshotError) {
        try mapping.verify(Self.tag)
        var reader = try SnapshotArraysReader(Self.tag, of: mapping)
        let order: [Int32] = try reader.copy("title order")
        guard order.count == articleCount, order.allSatisfy({ $0 >= 0 && Int($0) < articleCount }) else {
            throw .malformed("\(mapping.path): the title order does not match the corpus's \(articleCount) articles")
        }
        byTitle = order.map(Int.init)
        titleTerms = try Self.perArticle("title terms", from: &reader, articleCount: articleCount, path: mapping.path)
        titleWords = try Self.perArticle("title words", from: &reader, articleCount: articleCount, path: mapping.path)
        guard reader.isAtEnd else { throw .malformed("\(mapping.path): unread bytes after the API lists") }
    }

    /// A list of strings per article: where each article's start, then all the strings.
    private static func perArticle(_ what: String, from reader: inout SnapshotArraysReader, articleCount: Int,
                                   path: String) throws(SnapshotError) -> [[String]] {
        let starts: [UInt32] = try reader.copy("\(what) starts")
        let strings = try reader.strings(what)
        guard starts.count == articleCount + 1, starts.first == 0, starts.last.map(Int.init) == strings.count,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw .malformed("\(path): the \(what) do not match the corpus's \(articleCount) articles")
        }
        return (0..<articleCount).map { Array(strings[Int(starts[$0])..<Int(starts[$0 + 1])]) }
    }
}
