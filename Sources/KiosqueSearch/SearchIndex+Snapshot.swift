import Dispatch
import KiosqueCorpus

/// The index's section of a snapshot (tag `INDX`): what `IndexBuilder` computes from the
/// text (postings with positions and scores, vocabulary, highlight spans, norms and idf) as
/// flat arrays, then the document table. The postings are read in place from the mapping; the
/// smaller lists are copied; what derives cheaply from them (facets, typo index) is rebuilt.
/// Each structure writes and reads its own arrays, in one order: adding a list is one line each way.
extension SearchIndex {
    package static let snapshotTag = SnapshotTag("INDX")

    /// The section holding this index of `corpus`.
    package func snapshotSection(of corpus: Corpus) -> SnapshotSection {
        var writer = SnapshotArraysWriter()
        writer.add([UInt64(count)])
        // The norms first: the posting scores are made from them.
        writer.add(scoring.norms)
        writer.add(scoring.inverseDocumentFrequencies)
        postings.encode(into: &writer)
        vocabulary.encode(into: &writer)
        spanWords.encode(into: &writer)
        writer.add(titleEnds)
        writer.add(paragraphs.starts)
        writer.add(paragraphs.bounds)
        table.encode(into: &writer, corpusEntityIDs: corpus.entities.map(\.id))
        return SnapshotSection(Self.snapshotTag, writer.bytes)
    }

    /// The index of `corpus` from the `INDX` section of `mapping`, whose checksum is verified
    /// first: the query loops read these arrays without bounds checks.
    package convenience init(corpus: Corpus, mapping: MappedSnapshot) throws(SnapshotError) {
        let started = DispatchTime.now().uptimeNanoseconds
        try mapping.verify(Self.snapshotTag)
        var reader = try SnapshotArraysReader(Self.snapshotTag, of: mapping)
        let count = try reader.array("document count", of: UInt64.self)
        guard count.count == 1, count[0] == UInt64(corpus.articles.count) else {
            throw .malformed("\(mapping.path): the index is not of the corpus's \(corpus.articles.count) articles")
        }
        let scoring = BM25(norms: try reader.copy("norms"), inverseDocumentFrequencies: try reader.copy("idf"))
        let postings = try PostingLists(from: &reader, norms: scoring.norms)
        let vocabulary = try Vocabulary(from: &reader)
        let spanWords = try SpanWords(from: &reader)
        let titleEnds: [UInt16] = try reader.copy("title ends")
        let paragraphs = ParagraphPositions(starts: try reader.copy("paragraph starts"), bounds: try reader.copy("paragraph bounds"))
        let table = try DocumentTable(from: &reader, documentCount: corpus.articles.count, corpusEntities: corpus.entities, in: mapping.path)
        guard reader.isAtEnd else { throw .malformed("\(mapping.path): unread bytes after the index") }
        guard postings.termCount == vocabulary.stems.count, scoring.inverseDocumentFrequencies.count == vocabulary.stems.count,
              titleEnds.count == corpus.articles.count, scoring.norms.count == 3 * corpus.articles.count else {
            throw .malformed("\(mapping.path): the index's lists do not agree in size")
        }
        guard paragraphs.fits(corpus.articles.lazy.map(\.paragraphs.count)) else {
            throw .malformed("\(mapping.path): the index's paragraph positions are not of the corpus's paragraphs")
        }
        let built = IndexBuilder(postings: postings, vocabulary: vocabulary, spanWords: spanWords, scoring: scoring, titleEnds: titleEnds,
                                 paragraphs: paragraphs)
        self.init(texts: HighlightTexts(articles: corpus.articles), built: built, table: table, startedAt: started)
    }
}

extension IndexBuilder {
    init(postings: PostingLists, vocabulary: Vocabulary, spanWords: SpanWords, scoring: BM25, titleEnds: [UInt16],
         paragraphs: ParagraphPositions) {
        self.postings = postings
        self.vocabulary = vocabulary
        self.spanWords = spanWords
        self.scoring = scoring
        self.titleEnds = titleEnds
        self.paragraphs = paragraphs
    }
}

extension PostingLists {
    func encode(into writer: inout SnapshotArraysWriter) {
        writer.add(starts)
        documents.encode(into: &writer)
        writer.add(scores.frequencies)
        scores.codes.encode(into: &writer)
        positionStarts.encode(into: &writer)
        writer.add(positions)
        writer.add(blockMaxima)
    }

    /// The lists as `encode` wrote them. Their bytes are not bounds-checked value by value: the
    /// section's checksum is verified before, and every packed block is checked to lie in its array.
    init(from reader: inout SnapshotArraysReader, norms: [Double]) throws(SnapshotError) {
        starts = try reader.array("posting starts")
        documents = try BlockPackedArray(from: &reader, "posting documents")
        let frequencies: [UInt32] = try reader.copy("posting frequencies")
        let codes = try BlockPackedArray(from: &reader, "posting score codes")
        positionStarts = try BlockPackedArray(from: &reader, "position starts")
        positions = try reader.array("positions")
        blockMaxima = try reader.array("block maxima")
        guard let scores = PostingScores.checked(frequencies: frequencies, codes: codes, norms: norms) else {
            throw .malformed("the posting scores name no frequencies")
        }
        self.scores = scores
        guard !starts.isEmpty, codes.count == documents.count, positionStarts.count == documents.count + 1,
              blockMaxima.count == (documents.count + Self.blockSize - 1) / Self.blockSize else {
            throw .malformed("the posting lists do not agree in size")
        }
    }
}

extension Vocabulary {
    func encode(into writer: inout SnapshotArraysWriter) {
        writer.add(strings: stems)
        writer.add(strings: words)
        for list in [wordTermStarts, wordTermList, termWordStarts, termWordList] { writer.add(list) }
    }

    init(from reader: inout SnapshotArraysReader) throws(SnapshotError) {
        stems = try reader.strings("stems")
        words = try reader.strings("words")
        termIDs = Dictionary(stems.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { first, _ in first })
        wordTermStarts = try reader.copy("word term starts")
        wordTermList = try reader.copy("word terms")
        termWordStarts = try reader.copy("term word starts")
        termWordList = try reader.copy("term words")
        guard wordTermStarts.count == words.count + 1, termWordStarts.count == stems.count + 1 else {
            throw .malformed("the vocabulary's lists do not agree in size")
        }
    }
}

extension SpanWords {
    func encode(into writer: inout SnapshotArraysWriter) {
        let table = spans.lists
        writer.add(table.bytes)
        writer.add(table.starts)
        writer.add(table.hashes)
        writer.add(table.slots)
        for list in [starts, words, utf16Starts, utf16Lengths, wordSpanStarts, wordSpans] { writer.add(list) }
    }

    init(from reader: inout SnapshotArraysReader) throws(SnapshotError) {
        spans = SpanTable(lists: (try reader.copy("span bytes"), try reader.copy("span starts"), try reader.copy("span hashes"),
                                  try reader.copy("span slots")))
        starts = try reader.copy("span word starts")
        words = try reader.copy("span words")
        utf16Starts = try reader.copy("span word starts (UTF-16)")
        utf16Lengths = try reader.copy("span word lengths (UTF-16)")
        wordSpanStarts = try reader.copy("word span starts")
        wordSpans = try reader.copy("word spans")
    }
}

extension BM25 {
    init(norms: [Double], inverseDocumentFrequencies: [Double]) {
        self.norms = norms
        self.inverseDocumentFrequencies = inverseDocumentFrequencies
    }
}
