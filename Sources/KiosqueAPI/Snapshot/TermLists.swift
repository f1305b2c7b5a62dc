import KiosqueCorpus

/// Per article, a short list of words (its title's stems, or its title's folded words) as
/// numbers into one vocabulary of the distinct words. A snapshot start reads the numbers in
/// place and makes a `String` only per distinct word: one `String` and one array per title
/// was a tenth of a 100,000-article snapshot start's CPU time.
struct TermLists: Sendable {
    /// The distinct words, in order of first appearance.
    let vocabulary: [String]
    /// Per article: where its numbers start in `terms` (one more entry at the end).
    private let starts: FlatArray<UInt32>
    /// Every article's word numbers, article after article, each `< vocabulary.count`.
    private let terms: FlatArray<UInt32>

    /// Numbers the words of `lists` (one list per article) in order of first appearance.
    init(_ lists: [[String]]) {
        var part = Part()
        for list in lists {
            for word in list { part.append(part.number(word)) }
            part.endList()
        }
        self.init(joining: [part])
    }

    /// The lists of consecutive runs of articles, each numbered on its own (on its own core),
    /// renumbered into one vocabulary: the numbering one pass over all the lists would give,
    /// as each part's words are in order of first appearance.
    init(joining parts: [Part]) {
        var joined = Part()  // numbers the words only
        var starts: [UInt32] = [0], terms: [UInt32] = []
        starts.reserveCapacity(parts.reduce(1) { $0 + $1.starts.count - 1 })
        terms.reserveCapacity(parts.reduce(0) { $0 + $1.terms.count })
        for part in parts {
            let renumbered = part.vocabulary.map { joined.number($0) }
            let base = UInt32(terms.count)
            terms += part.terms.lazy.map { renumbered[Int($0)] }
            starts += part.starts.dropFirst().lazy.map { $0 + base }
        }
        vocabulary = joined.vocabulary
        self.starts = FlatArray(starts)
        self.terms = FlatArray(terms)
    }

    /// Lists numbered by one thread (see `init(joining:)`).
    struct Part {
        private(set) var vocabulary: [String] = []
        private var numbers: [String: UInt32] = [:]
        fileprivate private(set) var starts: [UInt32] = [0]
        private(set) var terms: [UInt32] = []

        /// The number of `word` in this part.
        mutating func number(_ word: String) -> UInt32 {
            if let known = numbers[word] { return known }
            let next = UInt32(vocabulary.count)
            numbers[word] = next
            vocabulary.append(word)
            return next
        }

        /// The words of the list being written, by number.
        var currentList: ArraySlice<UInt32> { terms[Int(starts[starts.count - 1])...] }

        /// Adds a word (by `number(_:)`) to the list being written.
        mutating func append(_ term: UInt32) { terms.append(term) }

        /// Ends the list being written; the next word starts another.
        mutating func endList() { starts.append(UInt32(terms.count)) }
    }

    /// How many lists (articles).
    var count: Int { starts.count - 1 }

    /// The words of list `index` (`0 ..< count`).
    func words(at index: Int) -> [String] {
        self[index].map { vocabulary[Int($0)] }
    }

    /// The word numbers of list `index` (`0 ..< count`).
    subscript(index: Int) -> Slice<FlatArray<UInt32>> {
        terms[Int(starts[index])..<Int(starts[index + 1])]
    }

    /// Per word number: how many times the lists hold it, counted over the flat numbers at
    /// once (a loop over per-list slices ran unspecialized: a tenth of a snapshot start).
    func occurrences() -> [Int] {
        var counts = [Int](repeating: 0, count: vocabulary.count)
        terms.withUnsafeBufferPointer { terms in
            for term in terms { counts[Int(term)] += 1 }
        }
        return counts
    }

    func encode(into writer: inout SnapshotArraysWriter) {
        writer.add(strings: vocabulary)
        writer.add(starts)
        writer.add(terms)
    }

    /// Reads what `encode` wrote, the numbers in place; checks every start and number once
    /// here, so that the routes index without failing.
    init(from reader: inout SnapshotArraysReader, what: String, articleCount: Int, path: String) throws(SnapshotError) {
        vocabulary = try reader.strings("\(what) vocabulary")
        starts = try reader.array("\(what) starts")
        terms = try reader.array(what)
        let size = vocabulary.count, termCount = terms.count
        let ordered = starts.withUnsafeBufferPointer { starts in
            starts.count == articleCount + 1 && starts.first == 0 && starts.last.map(Int.init) == termCount
                && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
        }
        guard ordered, terms.withUnsafeBufferPointer({ $0.allSatisfy { Int($0) < size } }) else {
            throw .malformed("\(path): the \(what) do not match the corpus's \(articleCount) articles")
        }
    }
}
