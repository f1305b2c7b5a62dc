/// What the index's own arrays take, for the closing note and the start-up log: postings,
/// positions, block maxima, vocabulary lists, the span table of the highlighter, norms and idf.
/// Strings of the vocabulary are counted by their UTF-8 bytes; facet sets and the document table
/// are left out (they serve filters and facets, not search).
extension SearchIndex {
    public var postingMemoryBytes: Int {
        let p = postings
        return p.starts.count * 4 + p.documents.byteCount + p.scores.byteCount + p.positionStarts.byteCount
            + p.positions.count * 2 + p.blockMaxima.count * 8
    }

    public var memoryBytes: Int {
        let v = vocabulary
        let words = v.words.reduce(0) { $0 + $1.utf8.count + 16 } + v.stems.reduce(0) { $0 + $1.utf8.count + 16 }
        let lists = (v.wordTermStarts.count + v.wordTermList.count + v.termWordStarts.count + v.termWordList.count) * 4
        let spans = spanWords.spans.bytes.count + spanWords.spans.starts.count * 4
            + (spanWords.starts.count + spanWords.words.count + spanWords.utf16Starts.count + spanWords.utf16Lengths.count
               + spanWords.wordSpanStarts.count + spanWords.wordSpans.count) * 4
        let scoring = (self.scoring.norms.count + self.scoring.inverseDocumentFrequencies.count) * 8 + titleEnds.count * 2
            + paragraphs.starts.count * 4 + paragraphs.bounds.count * 2
        return postingMemoryBytes + words + lists + spans + scoring
    }
}
