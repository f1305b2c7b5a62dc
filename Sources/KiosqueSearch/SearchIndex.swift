import Dispatch
import KiosqueCorpus
import KiosqueText

/// An inverted index with positions over title, body and entity names, ranked by BM25 per
/// field (`BM25`). Everything is in flat arrays built once on all cores (`IndexBuilder`); the
/// index never changes, and queries only read it (each with scratch memory of its own).
public final class SearchIndex: Sendable {
    /// Paragraphs are this many positions apart, so that no phrase spans two of them.
    static let paragraphGap = 8

    /// What hits are highlighted in.
    let texts: HighlightTexts
    let postings: PostingLists
    let vocabulary: Vocabulary
    let fuzzy: FuzzyIndex
    let scoring: BM25
    /// Per document: the first position after its title.
    let titleEnds: [UInt16]
    /// Per document: where its paragraphs lie in its positions.
    let paragraphs: ParagraphPositions
    let table: DocumentTable
    let corpusFacets: FacetCounts
    let facetSets: FacetSets
    let spanWords: SpanWords
    let scratch: ScratchPool
    /// Seconds the build took.
    public let buildSeconds: Double

    /// Number of documents indexed.
    public var count: Int { texts.count }

    /// Folded surface words, sorted.
    var words: [String] { vocabulary.words }

    /// Indexes a corpus.
    public convenience init(corpus: Corpus) {
        let started = DispatchTime.now().uptimeNanoseconds
        let documents = SearchDocument.documents(of: corpus)
        // The document table is one serial pass (0.4 s at 100,000 articles): it is built on
        // another core while the builder packs its lists on one (started sooner, it would hold a
        // core that the parallel steps share evenly).
        nonisolated(unsafe) var table: DocumentTable?
        let built = IndexBuilder(documents, besidePacking: { table = DocumentTable(documents) })
        self.init(texts: HighlightTexts(articles: corpus.articles), built: built, table: table ?? DocumentTable(documents),
                  startedAt: started)
        // The build's scratch (its chunks' span tables and recorded spans) is freed by now.
        FreedMemory.returnToSystem()
    }

    /// Indexes `documents`, analysing them on all cores.
    public convenience init(documents: [SearchDocument]) {
        let started = DispatchTime.now().uptimeNanoseconds
        self.init(texts: HighlightTexts(documents: documents), built: IndexBuilder(documents), table: DocumentTable(documents),
                  startedAt: started)
    }

    /// The index from what the builder made (or a snapshot held) and the document table; the
    /// facets and typo index are derived here.
    init(texts: HighlightTexts, built: IndexBuilder, table: DocumentTable, startedAt started: UInt64) {
        postings = built.postings
        vocabulary = built.vocabulary
        spanWords = built.spanWords
        // The typo index and the facets are serial passes of their own: side by side.
        let words = built.vocabulary.words
        let fuzzy = SideTask { FuzzyIndex(words: words) }
        scoring = built.scoring
        titleEnds = built.titleEnds
        paragraphs = built.paragraphs
        self.table = table
        self.texts = texts
        corpusFacets = FacetCounts.corpus(table)
        facetSets = FacetSets(table: table)
        self.fuzzy = fuzzy.value()
        scratch = ScratchPool(documentCount: texts.count, entityCount: table.entities.count)
        buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }
}
