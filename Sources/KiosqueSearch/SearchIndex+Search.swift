import Dispatch
import KiosqueCorpus
import KiosqueText

extension SearchIndex {
    /// How much a match counts, by how the query word matched the indexed word.
    enum MatchWeight {
        static let exact = 1.0
        static let prefix = 0.6
        static let fuzzy = 0.35
    }

    /// Runs `query`: parses it, scores every matching document, filters, sorts, pages,
    /// and computes facets over all hits and highlights for the page.
    public func search(_ query: SearchQuery) throws(QueryError) -> SearchResult {
        let started = DispatchTime.now().uptimeNanoseconds
        let parsed = try QueryParser.parse(query.text, prefixLast: query.prefixLastTerm)
        var matchedTerms: Set<Int32> = []
        // Stop words are required only when the query has nothing else.
        let groups = parsed.required.filter { group in !group.allSatisfy(isStopWordTerm) }
        let effective = groups.isEmpty ? parsed.required : groups
        var scores: [Int32: Double]?
        for group in effective {
            var groupScores: [Int32: Double] = [:]
            for clause in group {
                for (doc, score) in evaluate(clause, matched: &matchedTerms) {
                    groupScores[doc] = max(groupScores[doc] ?? 0, 0) + score
                }
            }
            if let current = scores {
                var next: [Int32: Double] = [:]
                for (doc, score) in groupScores { if let base = current[doc] { next[doc] = base + score } }
                scores = next
            } else {
                scores = groupScores
            }
            if scores?.isEmpty ?? true { break }
        }
        // Only exclusions (`-washington`): every document but the excluded ones.
        var hits = parsed.required.isEmpty && !parsed.excluded.isEmpty
            ? Dictionary(uniqueKeysWithValues: documents.indices.map { (Int32($0), 0.0) })
            : (scores ?? [:])
        for clause in parsed.excluded {
            var ignored: Set<Int32> = []
            for doc in evaluate(clause, matched: &ignored, expand: false).keys { hits[doc] = nil }
        }
        let filtered = hits.filter { passes(Int($0.key), query) }
        let ordered = sort(filtered, by: query.sort)
        let total = ordered.count
        let start = min(total, (query.page - 1) * query.pageSize)
        let page = ordered[start..<min(total, start + query.pageSize)]
        let highlighter = Highlighter(index: self, terms: matchedTerms)
        let pageHits = page.map { doc, score in highlighter.hit(Int(doc), score: score) }
        let facets = facets(for: ordered.map { Int($0.0) }, limit: query.entityFacetLimit)
        let took = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        return SearchResult(total: total, hits: pageHits, facets: facets, tookMilliseconds: took)
    }

    private func isStopWordTerm(_ clause: ParsedQuery.Clause) -> Bool {
        if case .term(let word, let prefix) = clause, !prefix { return StopWords.contains(folded: TextFolding.foldAccents(word)) }
        return false
    }

    // MARK: Matching

    /// Terms a query word stands for, with the weight of each kind of match.
    func expansions(of word: String, prefix: Bool, expand: Bool = true) -> [(term: Int32, weight: Double)] {
        var result: [Int32: Double] = [:]
        let folded = TextFolding.foldAccents(word)
        if let term = termIDs[SearchAnalysis.stem(word)] { result[term] = MatchWeight.exact }
        // Accent-insensitive both ways: the folded surface form finds words indexed with accents.
        if let position = wordIndex(folded) { for term in wordTerms[position] { result[term] = MatchWeight.exact } }
        guard expand else { return result.map { ($0.key, $0.value) } }
        if prefix && !folded.isEmpty {
            var position = lowerBound(folded)
            var taken = 0
            while position < words.count && words[position].hasPrefix(folded) && taken < 200 {
                for term in wordTerms[position] where result[term] == nil { result[term] = MatchWeight.prefix }
                position += 1
                taken += 1
            }
        }
        let length = folded.count
        if length >= 5 {
            let maxEdits = length >= 9 ? 2 : 1
            for (position, candidate) in fuzzyCandidates(folded, maxEdits: maxEdits) {
                for term in wordTerms[position] where result[term] == nil { result[term] = MatchWeight.fuzzy }
                _ = candidate
            }
        }
        return result.map { ($0.key, $0.value) }
    }

    /// Documents matching a clause, with their BM25 scores.
    func evaluate(_ clause: ParsedQuery.Clause, matched: inout Set<Int32>, expand: Bool = true) -> [Int32: Double] {
        switch clause {
        case .term(let word, let prefix):
            var scores: [Int32: Double] = [:]
            for (term, weight) in expansions(of: word, prefix: prefix, expand: expand) {
                matched.insert(term)
                let idf = inverseDocumentFrequency(term)
                for posting in Int(postingStart[Int(term)])..<Int(postingStart[Int(term) + 1]) {
                    let doc = postingDocs[posting]
                    let score = weight * idf * fieldScore(postingTFs[posting], doc: Int(doc))
                    if score > (scores[doc] ?? 0) { scores[doc] = score }
                }
            }
            return scores
        case .phrase(let phraseWords):
            let termSets = phraseWords.map { Set(expansions(of: $0, prefix: false, expand: false).map(\.term)) }
            guard !termSets.contains(where: \.isEmpty) else { return [:] }
            // Positions of each phrase word per document.
            var perWord: [[Int32: [UInt16]]] = []
            for terms in termSets {
                var byDoc: [Int32: [UInt16]] = [:]
                for term in terms {
                    for posting in Int(postingStart[Int(term)])..<Int(postingStart[Int(term) + 1]) {
                        let doc = postingDocs[posting]
                        if let first = perWord.first, first[doc] == nil { continue }
                        byDoc[doc, default: []] += positions[Int(positionStart[posting])..<Int(positionStart[posting + 1])]
                    }
                }
                perWord.append(byDoc)
            }
            var scores: [Int32: Double] = [:]
            guard let first = perWord.first else { return [:] }
            for (doc, starts) in first {
                let sets = perWord.dropFirst().map { Set($0[doc] ?? []) }
                let hit = starts.contains { start in
                    sets.enumerated().allSatisfy { offset, set in set.contains(start &+ UInt16(offset + 1)) }
                }
                if hit { scores[doc] = 0 }
            }
            for terms in termSets {
                for term in terms {
                    matched.insert(term)
                    let idf = inverseDocumentFrequency(term)
                    for posting in Int(postingStart[Int(term)])..<Int(postingStart[Int(term) + 1]) {
                        let doc = postingDocs[posting]
                        if let current = scores[doc] { scores[doc] = current + idf * fieldScore(postingTFs[posting], doc: Int(doc)) }
                    }
                }
            }
            return scores
        }
    }

    func inverseDocumentFrequency(_ term: Int32) -> Double {
        let n = Double(documents.count), df = Double(documentFrequency[Int(term)])
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// Σ over fields of weight × BM25 term-frequency saturation with length normalisation.
    func fieldScore(_ packed: UInt32, doc: Int) -> Double {
        let tfs = [Double((packed >> 24) & 0xFF), Double(packed & 0xFFFF), Double((packed >> 16) & 0xFF)]
        let lengths = fieldLengths[doc]
        let docLengths = [Double(lengths.0), Double(lengths.1), Double(lengths.2)]
        let averages = [averageLengths.0, averageLengths.1, averageLengths.2]
        var total = 0.0
        for field in 0..<3 where tfs[field] > 0 {
            let norm = Self.k1 * (1 - Self.b + Self.b * docLengths[field] / averages[field])
            total += Self.fieldWeights[field] * tfs[field] * (Self.k1 + 1) / (tfs[field] + norm)
        }
        return total
    }

    // MARK: Word lists

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

    /// Words within `maxEdits` (Damerau–Levenshtein, optimal string alignment) of `word`
    /// that share its first letter (typos rarely hit the first letter; this keeps it fast).
    func fuzzyCandidates(_ word: String, maxEdits: Int) -> [(Int, String)] {
        guard let first = word.first else { return [] }
        let target = Array(word.unicodeScalars)
        var position = lowerBound(String(first))
        var found: [(Int, String)] = []
        while position < words.count, words[position].first == first {
            let candidate = words[position]
            let scalars = Array(candidate.unicodeScalars)
            if abs(scalars.count - target.count) <= maxEdits, candidate != word,
               EditDistance.within(target, scalars, maxEdits) {
                found.append((position, candidate))
            }
            position += 1
        }
        return found
    }

    // MARK: Filters, order, facets

    func passes(_ doc: Int, _ query: SearchQuery) -> Bool {
        let document = documents[doc]
        if !query.entityIDs.isEmpty && !query.entityIDs.allSatisfy(entitySets[doc].contains) { return false }
        if let type = query.entityType, !document.entities.contains(where: { $0.type == type }) { return false }
        if let source = query.source, document.source != source { return false }
        if let author = query.author, document.author != author { return false }
        if query.from != nil || query.to != nil {
            guard let month = document.month, let day = document.day else { return false }
            let key = month * 100 + day
            if let from = query.from, key < from { return false }
            if let to = query.to, key > to { return false }
        }
        return true
    }

    func sort(_ hits: [Int32: Double], by order: SearchSort) -> [(Int32, Double)] {
        let pairs = Array(hits)
        func date(_ doc: Int32) -> Int { documents[Int(doc)].month.map { $0 * 100 + (documents[Int(doc)].day ?? 0) } ?? -1 }
        switch order {
        case .relevance:
            return pairs.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        case .dateDescending:
            return pairs.sorted { (date($1.0), $1.1, $0.0) < (date($0.0), $0.1, $1.0) }
        case .dateAscending:
            return pairs.sorted { lhs, rhs in
                let (a, b) = (date(lhs.0), date(rhs.0))
                if (a < 0) != (b < 0) { return b < 0 }
                return (a, rhs.1, lhs.0) < (b, lhs.1, rhs.0)
            }
        }
    }

    func facets(for docs: [Int], limit: Int) -> SearchFacets {
        var entityCounts = [Int](repeating: 0, count: entityTable.count)
        var typeCounts = [Int](repeating: 0, count: EntityType.allCases.count)
        var sources: [String: Int] = [:]
        var monthCounts = [Int](repeating: 0, count: 13)
        for doc in docs {
            var seenTypes = 0
            for entity in documentEntities[doc] {
                entityCounts[Int(entity)] += 1
                seenTypes |= 1 << (EntityType.allCases.firstIndex(of: entityTable[Int(entity)].type) ?? 0)
            }
            for bit in 0..<typeCounts.count where seenTypes & (1 << bit) != 0 { typeCounts[bit] += 1 }
            let document = documents[doc]
            if let source = document.source { sources[source, default: 0] += 1 }
            if let month = document.month, (1...12).contains(month) { monthCounts[month] += 1 }
        }
        func ranked(_ counts: [String: Int]) -> [(value: String, count: Int)] {
            counts.map { (value: $0.key, count: $0.value) }.sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        }
        let entities = entityCounts.indices.filter { entityCounts[$0] > 0 }
            .map { (id: entityTable[$0].id, name: entityTable[$0].name, type: entityTable[$0].type, count: entityCounts[$0]) }
            .sorted { ($1.count, $0.name, $0.id) < ($0.count, $1.name, $1.id) }
        let types = EntityType.allCases.enumerated().filter { typeCounts[$0.offset] > 0 }
            .map { (value: $0.element.rawValue, count: typeCounts[$0.offset]) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        let months = (1...12).filter { monthCounts[$0] > 0 }.map { (value: $0 < 10 ? "0\($0)" : "\($0)", count: monthCounts[$0]) }
        return SearchFacets(entities: Array(entities.prefix(limit)), types: types, sources: ranked(sources), months: months)
    }
}

#if canImport(Glibc)
import Glibc
#endif
