/// The index's terms (stems) and words (folded surface forms), and which words were indexed
/// under which terms, both ways, as flat lists.
struct Vocabulary: Sendable {
    /// Stem → term number, and back.
    let termIDs: [String: Int32]
    let stems: [String]
    /// Folded surface words, sorted.
    let words: [String]
    /// Per word: its terms (ascending), as starts into `wordTermList` (one more at the end).
    let wordTermStarts: [Int32]
    let wordTermList: [Int32]
    /// Per term: its words (ascending), as starts into `termWordList`.
    let termWordStarts: [Int32]
    let termWordList: [Int32]

    func terms(ofWord word: Int) -> ArraySlice<Int32> {
        wordTermList[Int(wordTermStarts[word])..<Int(wordTermStarts[word + 1])]
    }

    func words(ofTerm term: Int32) -> ArraySlice<Int32> {
        termWordList[Int(termWordStarts[Int(term)])..<Int(termWordStarts[Int(term) + 1])]
    }

    func lowerBound(_ word: String) -> Int {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func wordIndex(_ word: String) -> Int? {
        let position = lowerBound(word)
        return position < words.count && words[position] == word ? position : nil
    }

    /// Builds both directions from (word, term) pairs.
    init(termIDs: [String: Int32], termCount: Int, words: [String], pairs: [(word: Int32, term: Int32)]) {
        self.termIDs = termIDs
        var stems = [String](repeating: "", count: termCount)
        for (stem, term) in termIDs { stems[Int(term)] = stem }
        self.stems = stems
        self.words = words
        let byWord = pairs.sorted { ($0.word, $0.term) < ($1.word, $1.term) }
        (wordTermStarts, wordTermList) = Self.lists(byWord.map { ($0.word, $0.term) }, count: words.count)
        let byTerm = pairs.sorted { ($0.term, $0.word) < ($1.term, $1.word) }
        (termWordStarts, termWordList) = Self.lists(byTerm.map { ($0.term, $0.word) }, count: termCount)
    }

    /// Flat lists from (key, value) pairs sorted by key, without duplicates.
    private static func lists(_ pairs: [(Int32, Int32)], count: Int) -> ([Int32], [Int32]) {
        var starts = [Int32](repeating: 0, count: count + 1)
        var values: [Int32] = []
        values.reserveCapacity(pairs.count)
        var previous: (Int32, Int32)?
        for pair in pairs where previous.map({ $0 != pair }) ?? true {
            starts[Int(pair.0) + 1] += 1
            values.append(pair.1)
            previous = pair
        }
        for index in 0..<count { starts[index + 1] += starts[index] }
        return (starts, values)
    }
}
