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

    /// Per paragraph of `doc` (`count` of them): whether it may hold a mark.
    func paragraphs(of doc: Int, count: Int, index: SearchIndex) -> [Bool] {
        var visit = [Bool](repeating: false, count: count)
        index.withView { view in
            Self.mark(terms, doc: doc, view: view, index: index, into: &visit)
            for phrase in phrases {
                var all = [Bool](repeating: true, count: count)
                for word in phrase {
                    var holding = [Bool](repeating: false, count: count)
                    Self.mark(word, doc: doc, view: view, index: index, into: &holding)
                    for paragraph in 0..<count where !holding[paragraph] { all[paragraph] = false }
                }
                for paragraph in 0..<count where all[paragraph] { visit[paragraph] = true }
            }
        }
        return visit
    }

    private static func mark(_ terms: [Int32], doc: Int, view: IndexView, index: SearchIndex, into visit: inout [Bool]) {
        for term in terms {
            guard let posting = view.posting(of: term, in: Int32(doc)) else { continue }
            index.paragraphs.mark(view.positions(of: posting), of: doc, in: &visit)
        }
    }
}
