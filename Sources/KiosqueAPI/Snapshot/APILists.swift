import Dispatch
import KiosqueCorpus

/// The API's own lists that take analysis to build (titles collated, stemmed and folded):
/// built at a raw start, read from the snapshot's `APIL` section at a snapshot start.
struct APILists: Sendable {
    static let tag = SnapshotTag("APIL")

    /// Article positions in French title order (`ArticleOrders.byTitle`).
    let byTitle: [Int]
    /// Per article: its title's distinct content stems (`SimilarArticles.titleTerms`).
    let titleTerms: TermLists
    /// Per article: its title's folded words, for suggestions (`SearchRoutes.titleWords`).
    let titleWords: TermLists

    init(corpus: Corpus) {
        // The title order's sort runs on one core: on a thread of its own, beside the lists.
        let sorted = SideTask { ArticleOrders.byTitle(corpus.articles) }
        titleTerms = SimilarArticles.titleTerms(corpus)
        titleWords = SearchRoutes.titleWords(corpus)
        byTitle = sorted.value()
    }

    func section() -> SnapshotSection {
        var writer = SnapshotArraysWriter()
        writer.add(byTitle.map(Int32.init))
        titleTerms.encode(into: &writer)
        titleWords.encode(into: &writer)
        return SnapshotSection(Self.tag, writer.bytes)
    }

    /// Reads the section (bounds-checked; its checksum is the caller's); `articleCount` is the corpus's.
    init(mapping: MappedSnapshot, articleCount: Int) throws(SnapshotError) {
        var reader = try SnapshotArraysReader(Self.tag, of: mapping)
        let order: [Int32] = try reader.copy("title order")
        guard order.count == articleCount, order.allSatisfy({ $0 >= 0 && Int($0) < articleCount }) else {
            throw .malformed("\(mapping.path): the title order does not match the corpus's \(articleCount) articles")
        }
        byTitle = order.map(Int.init)
        titleTerms = try TermLists(from: &reader, what: "title terms", articleCount: articleCount, path: mapping.path)
        titleWords = try TermLists(from: &reader, what: "title words", articleCount: articleCount, path: mapping.path)
        guard reader.isAtEnd else { throw .malformed("\(mapping.path): unread bytes after the API lists") }
    }
}
