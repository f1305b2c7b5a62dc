/// Checks and scores a phrase over ascending candidates: one cursor per term of each word
/// moves forward through its postings, and positions are compared from the word with the
/// fewest of them, each other word's positions read forward once (they are sorted).
struct PhraseMatcher {
    private let view: IndexView
    /// Per word: its range in the flat per-term lists.
    private let wordTerms: [Range<Int>]
    private let terms: [Int32]

    init(words: [[Int32]], view: IndexView) {
        self.view = view
        var wordTerms: [Range<Int>] = [], terms: [Int32] = []
        for word in words {
            wordTerms.append(terms.count..<(terms.count + word.count))
            terms += word
        }
        self.wordTerms = wordTerms
        self.terms = terms
    }

    /// Writes the phrase's score (Σ idf × field score over every term of every word) for each
    /// candidate where its words follow each other; leaves the others.
    func score(_ candidates: UnsafeMutableBufferPointer<Int32>, into scores: UnsafeMutableBufferPointer<Double>) {
        let termCount = terms.count, wordCount = wordTerms.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * termCount + wordCount) { state in
          withUnsafeTemporaryAllocation(of: Int32.self, capacity: termCount * PostingLists.blockSize) { blocks in
            withUnsafeTemporaryAllocation(of: UnsafeBufferPointer<UInt16>.self, capacity: wordCount) { positions in
                guard let base = state.baseAddress, let blocks = blocks.baseAddress else { return }
                let cursors = base, ends = base + termCount, found = base + 2 * termCount
                let readers = UnsafeMutableBufferPointer(start: base + 3 * termCount, count: wordCount)
                let decoded = DecodedBlockCursors(documents: view.documents.packed, blocks: blocks, held: base + 3 * termCount + wordCount,
                                                  count: termCount)
                for term in 0..<termCount {
                    let range = view.range(of: terms[term])
                    cursors[term] = range.lowerBound
                    ends[term] = range.upperBound
                }
                for index in candidates.indices {
                    let doc = candidates[index]
                    guard locate(doc, cursors: cursors, ends: ends, found: found, decoded: decoded) else { continue }
                    var anchor = 0, single = true
                    for (word, range) in wordTerms.enumerated() {
                        var present = 0, last = 0
                        for term in range where found[term] >= 0 {
                            present += 1
                            last = term
                        }
                        single = single && present == 1
                        positions.initializeElement(at: word, to: view.positions(of: found[last]))
                        if positions[word].count < positions[anchor].count { anchor = word }
                    }
                    if single && wordCount == 2 {
                        guard Self.adjacent(positions[0], positions[1]) else { continue }
                    } else if single {
                        guard Self.consecutive(UnsafeBufferPointer(positions), anchor: anchor, readers: readers) else { continue }
                    } else {
                        // Several terms of one word in the document: their positions merged.
                        let lists = wordTerms.map { range in range.filter { found[$0] >= 0 }.flatMap { view.positions(of: found[$0]) }.sorted() }
                        let shortest = lists.indices.min { lists[$0].count < lists[$1].count } ?? 0
                        guard Self.consecutive(lists, anchor: shortest, readers: readers) else { continue }
                    }
                    var total = 0.0
                    for term in 0..<termCount where found[term] >= 0 {
                        total += view.idf[Int(terms[term])] * view.fieldScore(found[term], doc: Int(doc))
                    }
                    scores[index] = total
                }
            }
          }
        }
    }

    /// Moves every term's cursor to `doc`; `found` gets the posting there or -1. False when a
    /// word has none of its terms in the document.
    @inline(__always)
    private func locate(_ doc: Int32, cursors: UnsafeMutablePointer<Int>, ends: UnsafeMutablePointer<Int>,
                        found: UnsafeMutablePointer<Int>, decoded: DecodedBlockCursors) -> Bool {
        for range in wordTerms {
            var present = false
            for term in range {
                let cursor = decoded.seek(term, doc, from: cursors[term], end: ends[term])
                cursors[term] = cursor
                let hit = cursor < ends[term] && decoded.document(term, at: cursor) == doc
                found[term] = hit ? cursor : -1
                present = present || hit
            }
            if !present { return false }
        }
        return true
    }

    /// Whether some position of `second` follows one of `first` (with the 16-bit wrap of
    /// the general case): both sorted, read forward once together.
    @inline(__always)
    private static func adjacent(_ first: UnsafeBufferPointer<UInt16>, _ second: UnsafeBufferPointer<UInt16>) -> Bool {
        var reader = 0
        for position in first {
            let target = position &+ 1
            if target == 0 { return second.contains(0) }  // wrapped: the last position possible
            reader = lowerBound(second, from: reader, Int(target))
            if reader == second.count { return false }
            if second[reader] == target { return true }
        }
        return false
    }

    /// The first index from `start` whose position is at least `target`: a scan, or a binary
    /// search over a rest of several cache lines. A document's positions are rarely in cache,
    /// and a binary search waits on one line after another, where a scan reads lines that the
    /// memory system fetches ahead (the phrase queries of the Littré mix: about 8 % faster).
    @inline(__always)
    private static func lowerBound<List: RandomAccessCollection>(_ list: List, from start: Int, _ target: Int) -> Int
    where List.Element == UInt16, List.Index == Int {
        var low = start, high = list.endIndex
        if high - low > 256 {
            while low < high {
                let middle = (low + high) >> 1
                if Int(list[middle]) < target { low = middle + 1 } else { high = middle }
            }
            return low
        }
        while low < high && Int(list[low]) < target { low += 1 }
        return low
    }

    /// Whether some start s has word i at s + i for every i (16-bit positions wrap as the
    /// index stores them), trying only the starts the anchor word allows. `readers` holds one
    /// forward reader per word.
    private static func consecutive<Lists: RandomAccessCollection>(_ lists: Lists, anchor: Int, readers next: UnsafeMutableBufferPointer<Int>) -> Bool
    where Lists.Index == Int, Lists.Element: RandomAccessCollection, Lists.Element.Element == UInt16, Lists.Element.Index == Int {
        next.update(repeating: 0)
        for position in lists[anchor] {
            var all = true
            for word in lists.indices where word != anchor {
                let list = lists[word]
                let target = Int(position) - anchor + word
                guard (0...Int(UInt16.max)).contains(target) else {
                    // Wrapped around 16 bits: look it up without moving the reader.
                    let wrapped = position &- UInt16(truncatingIfNeeded: anchor) &+ UInt16(truncatingIfNeeded: word)
                    if list.contains(wrapped) { continue }
                    all = false
                    break
                }
                let reader = lowerBound(list, from: next[word], Int(target))
                next[word] = reader
                if reader == list.endIndex { return false }  // no later start can match
                if Int(list[reader]) != target {
                    all = false
                    break
                }
            }
            if all { return true }
        }
        return false
    }
}
