/// Which paragraphs of a hit the highlighter must scan, from the postings' positions alone
/// (`ParagraphPositions`): those holding a position of a marked word's term, and those holding
/// a position of every word of a phrase (a phrase is marked only where all its words are).
struct ParagraphScreen {
    /// Every term a marked word was indexed under, ascending.
    let terms: [Int32]
    /// Per phrase, per word: every term its words were indexed under.
    let phrases: [[[Int32]]]

    /// Past this many terms, looking each up in every hit costs more than scanning the text.
    static let termLimit = 48

    /// Nil when there are too many terms to look up (a broad prefix).
    init?(terms: Set<Int32>, phrases: [[Set<Int32>]]) {
        let count = phrases.joined().reduce(terms.count) { $0 + $1.count }
        guard count <= Self.termLimit else { return nil }
        self.terms = terms.sorted()
        self.phrases = phrases.map { $0.map { $0.sorted() } }
    }

    /// Per paragraph of `doc` (`count` of them): at most how many words the highlighter can mark
    /// there, 0 for none, `Int.max` when unbounded. A marked word is indexed at a position of one
    /// of `terms`, so a paragraph holds no more marks than such positions; a phrase's paragraphs
    /// (all its words there) are unbounded.
    func markLimits(of doc: Int, count: Int, index: SearchIndex) -> [Int] {
        var limits = [Int](repeating: 0, count: count)
        index.withView { view in
            Self.count(terms, doc: doc, view: view, index: index, into: &limits)
            for phrase in phrases {
                var all = [Bool](repeating: true, count: count)
                for word in phrase {
                    var holding = [Int](repeating: 0, count: count)
                    Self.count(word, doc: doc, view: view, index: index, into: &holding)
                    for paragraph in 0..<count where holding[paragraph] == 0 { all[paragraph] = false }
                }
                for paragraph in 0..<count where all[paragraph] { limits[paragraph] = .max }
            }
        }
        return limits
    }

    private static func count(_ terms: [Int32], doc: Int, view: IndexView, index: SearchIndex, into counts: inout [Int]) {
        for term in terms {
            guard let posting = view.posting(of: term, in: Int32(doc)) else { continue }
            index.paragraphs.count(view.positions(of: posting), of: doc, into: &counts)
        }
    }
}
