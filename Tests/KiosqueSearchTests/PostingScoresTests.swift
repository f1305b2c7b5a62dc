import KiosqueCorpus
@testable import KiosqueSearch
import Testing

/// Posting scores kept as frequency codes give every posting the `Float` score the index
/// stored before, through the per-document tables and beyond them.
@Suite struct PostingScoresTests {
    static func packed(title: UInt32, entities: UInt32, body: UInt32) -> UInt32 { title << 24 | entities << 16 | body }

    /// Postings of `triples` over `documentCount` documents with varied norms.
    static func scores(_ triples: [UInt32], documentCount: Int) -> (scores: PostingScores, docs: [Int], norms: [Double]) {
        let lengths = (0..<(3 * documentCount)).map { UInt32(1 + ($0 * 37) % 500) }
        let norms = BM25(lengths: lengths, documentFrequencies: [], documentCount: documentCount).norms
        var codes = triples
        let encoded = codes.withUnsafeMutableBufferPointer { PostingScores.encode($0) }
        return (PostingScores(frequencies: encoded.frequencies, codes: encoded.codes, norms: norms),
                triples.indices.map { $0 % documentCount }, norms)
    }

    @Test func everyPostingKeepsItsStoredScore() {
        // Twenty distinct triples: the eight commonest are tabled, the others computed.
        var triples: [UInt32] = []
        for index in 0..<3000 {
            let rank = index % 100 < 60 ? 0 : index % 20
            triples.append(Self.packed(title: UInt32(rank % 3), entities: UInt32(rank / 10), body: UInt32(1 + rank)))
        }
        let (scores, docs, norms) = Self.scores(triples, documentCount: 97)
        #expect(scores.frequencies.count == 20)
        #expect(scores.frequencies[0] == triples[0])
        for (posting, triple) in triples.enumerated() {
            let expected = norms.withUnsafeBufferPointer { Float(BM25.fieldScore(triple, norms: $0, doc: docs[posting])) }
            #expect(scores.score(posting, doc: docs[posting]) == expected, "posting \(posting)")
            #expect(scores.frequencies[Int(scores.codes[posting])] == triple)
        }
    }

    @Test func commonestTriplesTakeTheSmallestCodes() {
        let triples = [UInt32](repeating: 2, count: 10) + [UInt32](repeating: 1, count: 30) + [5]
        let (scores, _, _) = Self.scores(triples, documentCount: 7)
        #expect(scores.frequencies == [1, 2, 5])
    }

    @Test func noPostingsAndOnePosting() {
        let (empty, _, _) = Self.scores([], documentCount: 3)
        #expect(empty.frequencies.isEmpty && empty.codes.count == 0)
        let one = Self.packed(title: 1, entities: 0, body: 3)
        let (scores, _, norms) = Self.scores([one], documentCount: 3)
        let expected = norms.withUnsafeBufferPointer { Float(BM25.fieldScore(one, norms: $0, doc: 0)) }
        #expect(scores.score(0, doc: 0) == expected)
    }

    @Test func aSnapshotsCodesNeedTriples() {
        let codes = BlockPackedArray([0, 0, 1])
        #expect(PostingScores.checked(frequencies: [], codes: codes, norms: [1, 1, 1]) == nil)
        #expect(PostingScores.checked(frequencies: [1, 2], codes: codes, norms: [1, 1]) == nil)
        #expect(PostingScores.checked(frequencies: [1, 2], codes: codes, norms: [1, 1, 1]) != nil)
    }
}
