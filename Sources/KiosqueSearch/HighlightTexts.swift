import KiosqueCorpus

/// What a hit's highlights and snippet are made from (its id, title, metadata and paragraphs),
/// by document. An index of a corpus makes each document from its article when a hit asks
/// (a snapshot's articles are read in place), instead of keeping a copy of every document's
/// strings: those copies were a fifth of a 10,000-article snapshot start's heap.
struct HighlightTexts: Sendable {
    private enum Storage {
        case documents([SearchDocument])
        case articles(ArticleList)
    }

    private let storage: Storage

    /// Documents given whole (an index built from documents, not from a corpus).
    init(documents: [SearchDocument]) {
        storage = .documents(documents.map { $0.withoutEntities() })
    }

    /// The documents of a corpus's articles, made on access.
    init(articles: ArticleList) {
        storage = .articles(articles)
    }

    var count: Int {
        switch storage {
        case .documents(let documents): documents.count
        case .articles(let articles): articles.count
        }
    }

    subscript(doc: Int) -> SearchDocument {
        switch storage {
        case .documents(let documents): documents[doc]
        case .articles(let articles): SearchDocument(article: articles[doc], entities: [])
        }
    }
}
