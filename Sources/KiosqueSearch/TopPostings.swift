/// The best postings of one list without reading every score: postings are in document order,
/// so a block whose maximum (× the clause's factor) is no better than the worst of the `k` kept
/// cannot place any of its documents (a tie goes to the earlier document, already kept). This is
/// block-max top-k for the commonest query, a single word: its total is its list's length and
/// its hits are the list itself, so nothing is copied.
enum TopPostings {
    /// Hits `start..<start + size` in relevance order (score descending, then document).
    static func page(_ range: Range<Int>, factor: Double, view: IndexView, start: Int, size: Int) -> [(doc: Int32, score: Double)] {
        let end = min(range.count, start + max(0, size))
        guard start < end else { return [] }
        var best = Ranking.TopK<Ranking.Key>(end)
        var worst = -Double.infinity
        let shift = PostingLists.blockShift
        var posting = range.lowerBound
        while posting < range.upperBound {
            let block = posting >> shift
            let blockEnd = min(range.upperBound, (block + 1) << shift)
            if best.isFull && factor * view.blockMaxima[block] <= worst {
                posting = blockEnd
                continue
            }
            view.forEachPosting(posting..<blockEnd, scored: true) { _, doc, fieldScore in
                let score = factor * fieldScore
                if !best.isFull || score > worst {
                    best.insert(Ranking.Key(primary: 0, score: score, doc: doc))
                    if best.isFull { worst = best.worst.score }
                }
            }
            posting = blockEnd
        }
        return best.sorted()[start..<end].map { ($0.doc, $0.score) }
    }
}
