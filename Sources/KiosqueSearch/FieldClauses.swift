import KiosqueText

/// Clauses that the postings' precomputed scores cannot answer, resolved to document lists when
/// the query is compiled: a word in the title only (`title:`), read from the positions below
/// the title's end and scored by the title's BM25 alone; and a metadata value (`author:`,
/// `source:`, `entity:`), which matches without scoring.
extension SearchIndex {
    func titleMatches(_ expansions: [Expansion]) -> DocumentList {
        var best: [Int32: Double] = [:]
        for expansion in expansions {
            for posting in postings.range(of: expansion.term) {
                let doc = Int(postings.document(posting))
                let end = titleEnds[doc]
                var frequency = 0
                for position in postings.positions(of: posting) {
                    guard position < end else { break }
                    frequency += 1
                }
                guard frequency > 0 else { continue }
                let tf = Double(frequency)
                let score = expansion.factor * BM25.titleWeight * tf * (BM25.k1 + 1) / (tf + scoring.norms[3 * doc])
                if score > best[Int32(doc), default: -1] { best[Int32(doc)] = score }
            }
        }
        var list = DocumentList()
        for doc in best.keys.sorted() {
            list.documents.append(doc)
            list.scores.append(best[doc] ?? 0)
        }
        return list
    }

    func metadataMatches(_ field: ParsedQuery.MetadataField, _ value: String) -> DocumentList {
        var list = DocumentList()
        switch field {
        case .entity:
            guard let entity = table.entityNumbers[value] else { return list }
            for doc in 0..<count where table.entities(of: doc).contains(entity) { list.documents.append(Int32(doc)) }
        case .author, .source:
            let names = field == .author ? table.authorNumbers : table.sourceNumbers
            let values = field == .author ? table.authors : table.sources
            let wanted = Self.foldedWords(value)
            guard !wanted.isEmpty else { return list }
            let numbers = Set(names.filter { Set(Self.foldedWords($0.key)).isSuperset(of: wanted) }.values)
            guard !numbers.isEmpty else { return list }
            for doc in 0..<count where numbers.contains(values[doc]) { list.documents.append(Int32(doc)) }
        }
        list.scores = Array(repeating: 0, count: list.documents.count)
        return list
    }

    /// A metadata value's words as the index compares them: analysed, accents folded.
    static func foldedWords(_ text: String) -> [String] {
        SearchAnalysis.phraseTerms(text).map(TextFolding.foldAccents)
    }
}
