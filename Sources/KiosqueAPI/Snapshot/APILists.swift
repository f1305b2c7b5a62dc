import KiosqueCorpus

/// The API's own lists that take analysis to build (titles collated, titles stemmed): built
/// at a raw start, read from the snapshot's `APIL` section at a snapshot start.
struct APILists: Sendable {
    static let tag = SnapshotTag("APIL")

    /// Article positions in French title order (`ArticleOrders.byTitle`).
    let byTitle: [Int]
    /// Per article: its title's distinct content stems (`SimilarArticles.titleTerms`).
    let titleTerms: [[String]]

    init(corpus: Corpus) {
        byTitle = ArticleOrders.byTitle(corpus.articles)
        titleTerms = SimilarArticles.titleTerms(corpus)
    }

    func section() -> SnapshotSection {
        var writer = SnapshotArraysWriter()
        writer.add(byTitle.map(Int32.init))
        writer.add(titleTerms.reduce(into: [UInt32(0)]) { $0.append($0[$0.count - 1] + UInt32($1.count)) })
        writer.add(strings: titleTerms.flatMap { $0 })
        return SnapshotSection(Self.tag, writer.bytes)
    }

    /// Reads the section after checking its checksum; `articleCount` is the corpus's.
    init(mapping: MappedSnapshot, articleCount: Int) throws(SnapshotError) {
        try mapping.verify(Self.tag)
        var reader = try SnapshotArraysReader(Self.tag, of: mapping)
        let order: [Int32] = try reader.copy("title order")
        let starts: [UInt32] = try reader.copy("title term starts")
        let terms = try reader.strings("title terms")
        guard reader.isAtEnd, order.count == articleCount, order.allSatisfy({ $0 >= 0 && Int($0) < articleCount }),
              starts.count == articleCount + 1, starts.first == 0, starts.last.map(Int.init) == terms.count,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw .malformed("\(mapping.path): the API lists do not match the corpus's \(articleCount) articles")
        }
        byTitle = order.map(Int.init)
        titleTerms = (0..<articleCount).map { Array(terms[Int(starts[$0])..<Int(starts[$0 + 1])]) }
    }
}
