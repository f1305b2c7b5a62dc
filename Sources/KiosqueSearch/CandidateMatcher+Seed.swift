/// The first candidates of a query: the documents of its rarest group, in order. A single
/// posting list is copied; several are merged through a set of a bit per document, which
/// gives them back sorted without sorting.
extension CandidateMatcher {
    /// Documents that may match `group` and pass `filter`: the union of its clauses' postings
    /// (for a phrase, those of its rarest word). A lone word is scored here as well, into
    /// `seedScores`; returns whether it was.
    func seed(_ group: [CompiledClause], filter: DocumentFilter) -> Bool {
        if group.count == 1, case .documents(let list) = group[0] {
            scratch.count = copy(list, filter: filter)
            return true
        }
        var lists: [(range: Range<Int>, factor: Double)] = []
        var extra: [DocumentList] = []
        for clause in group {
            switch clause {
            case .term(let expansions):
                for expansion in expansions { lists.append((view.range(of: expansion.term), expansion.factor)) }
            case .phrase(let words):
                guard let rarest = Self.rarestWord(words, view) else { continue }
                for term in words[rarest] { lists.append((view.range(of: term), 0)) }
            case .documents(let list):
                extra.append(list)
            }
        }
        var scored = false
        if group.count == 1, case .term = group[0] { scored = true }
        if !extra.isEmpty {
            scratch.count = union(lists, extra: extra, scored: scored, filter: filter)
        } else if lists.count == 1 {
            scratch.count = copy(lists[0].range, factor: scored ? lists[0].factor : nil, filter: filter)
        } else if !lists.isEmpty {
            scratch.count = union(lists, scored: scored, filter: filter)
        } else {
            scratch.count = 0
        }
        return scored
    }

    /// One posting list, already in document order, scored on the way when `factor` is given.
    private func copy(_ range: Range<Int>, factor: Double?, filter: DocumentFilter) -> Int {
        let documents = scratch.documents, seedScores = scratch.seedScores
        var kept = 0
        let unfiltered = filter.isEmpty
        view.forEachPosting(range, scored: factor != nil) { _, doc, score in
            guard unfiltered || filter.passes(Int(doc)) else { return }
            documents[kept] = doc
            if let factor { seedScores[kept] = factor * score }
            kept += 1
        }
        return kept
    }

    /// Several lists: their union as bits (the first visit of a document sets its bit and
    /// value, later ones keep the best value), read back in order word by word.
    private func union(_ lists: [(range: Range<Int>, factor: Double)], extra: [DocumentList] = [], scored: Bool,
                       filter: DocumentFilter) -> Int {
        let documents = scratch.documents, seedScores = scratch.seedScores
        let bits = UnsafeMutableBufferPointer(rebasing: scratch.bits[0..<(view.documentCount / 64 + 1)])
        let values = scratch.values
        bits.update(repeating: 0)
        for list in lists {
            view.forEachPosting(list.range, scored: scored) { _, document, fieldScore in
                let doc = Int(document)
                let score = scored ? list.factor * fieldScore : 0
                let bit: UInt64 = 1 << UInt64(doc & 63)
                if bits[doc >> 6] & bit == 0 {
                    bits[doc >> 6] |= bit
                    values[doc] = score
                } else if score > values[doc] {
                    values[doc] = score
                }
            }
        }
        for list in extra {
            for doc in list.documents {
                let bit: UInt64 = 1 << UInt64(doc & 63)
                if bits[Int(doc) >> 6] & bit == 0 {
                    bits[Int(doc) >> 6] |= bit
                    values[Int(doc)] = 0
                }
            }
        }
        var kept = 0
        for word in bits.indices {
            var pending = bits[word]
            while pending != 0 {
                let doc = word << 6 | pending.trailingZeroBitCount
                pending &= pending &- 1
                guard filter.passes(doc) else { continue }
                documents[kept] = Int32(doc)
                seedScores[kept] = values[doc]
                kept += 1
            }
        }
        return kept
    }


    /// A document list, scored on the way.
    private func copy(_ list: DocumentList, filter: DocumentFilter) -> Int {
        let documents = scratch.documents, seedScores = scratch.seedScores
        var kept = 0
        for (index, doc) in list.documents.enumerated() where filter.passes(Int(doc)) {
            documents[kept] = doc
            seedScores[kept] = list.scores[index]
            kept += 1
        }
        return kept
    }

    /// The word of a phrase with the fewest postings, or nil when a word matches nothing.
    static func rarestWord(_ words: [[Int32]], _ view: IndexView) -> Int? {
        var best: (word: Int, postings: Int)?
        for (index, terms) in words.enumerated() {
            guard !terms.isEmpty else { return nil }
            let postings = terms.reduce(0) { $0 + view.range(of: $1).count }
            if best.map({ postings < $0.postings }) ?? true { best = (index, postings) }
        }
        return best?.word
    }

    /// An upper bound of the documents `group` matches, to pick the seed.
    static func estimate(_ group: [CompiledClause], _ view: IndexView) -> Int {
        group.reduce(0) { sum, clause in
            switch clause {
            case .term(let expansions):
                return sum + expansions.reduce(0) { $0 + view.range(of: $1.term).count }
            case .phrase(let words):
                guard let rarest = rarestWord(words, view) else { return sum }
                return sum + words[rarest].reduce(0) { $0 + view.range(of: $1).count }
            case .documents(let list):
                return sum + list.documents.count
            }
        }
    }
}
