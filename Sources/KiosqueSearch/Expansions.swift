import KiosqueText

/// A term a query word matches, with what a match is worth: match weight × idf.
struct Expansion: Equatable {
    let term: Int32
    let factor: Double
}

/// A query clause resolved against the vocabulary.
enum CompiledClause {
    /// A word: the terms it matches (ascending).
    case term([Expansion])
    /// A phrase: per word, its exact terms (ascending); no match if one is empty.
    case phrase([[Int32]])
    /// Documents found outside the postings' scores (a title word, a metadata value), ascending,
    /// with what each scores.
    case documents(DocumentList)
}

/// Ascending documents and their scores.
struct DocumentList {
    var documents: [Int32] = []
    var scores: [Double] = []
}

extension SearchIndex {
    /// How much a match counts, by how the query word matched the indexed word.
    enum MatchWeight {
        static let exact = 1.0
        static let prefix = 0.6
        static let fuzzy = 0.35
    }

    /// At most this many words are read for a prefix, and the terms of this many (the most
    /// frequent) are kept, so that a short prefix cannot fan out to the vocabulary.
    static let prefixWordLimit = 5000
    static let prefixTermLimit = 64
    /// At most this many words are taken for a misspelled word: nearest first, then most frequent.
    static let typoWordLimit = 8

    func compile(_ clause: ParsedQuery.Clause, expand: Bool) -> CompiledClause {
        switch clause {
        case .term(let word, let prefix): .term(expansions(of: word, prefix: prefix, expand: expand))
        case .typed(let word): .term(expansions(of: word, prefix: true, expand: expand, keepOwn: true))
        case .phrase(let words): .phrase(words.map(exactTerms))
        case .titleTerm(let word, let prefix): .documents(titleMatches(expansions(of: word, prefix: prefix, expand: expand)))
        case .metadata(let field, let value): .documents(metadataMatches(field, value))
        }
    }

    /// The terms a word stands for exactly: its stem, and the terms its folded form was
    /// indexed under (accent-insensitive both ways).
    func exactTerms(of word: String) -> [Int32] {
        var terms: [Int32] = []
        if let term = vocabulary.termIDs[SearchAnalysis.stem(word)] { terms.append(term) }
        if let position = vocabulary.wordIndex(TextFolding.foldAccents(word)) { terms += vocabulary.terms(ofWord: position) }
        return Array(Set(terms)).sorted()
    }

    /// The terms a query word matches. A plain word matches its exact terms. A prefix matches
    /// the folded surface words that start with it, through the terms whose stem starts with it
    /// too (`télé*` must not reach `tellement` through the stem `tel` of `télé`); those that are
    /// also the word's own count fully, the others at most with the idf of its exact terms (a
    /// rare word that merely starts like a common one does not outrank it). Typos are corrected
    /// only for a word the index has neither as such nor as a prefix (`typoExpansions`).
    /// `keepOwn` (the word being typed, which may be complete) keeps the word's own terms as a
    /// plain word has them.
    func expansions(of word: String, prefix: Bool, expand: Bool = true, keepOwn: Bool = false) -> [Expansion] {
        let folded = TextFolding.foldAccents(word)
        let exact = exactTerms(of: word)
        guard prefix && !folded.isEmpty else {
            var result = exact.map { Expansion(term: $0, factor: MatchWeight.exact * idf($0)) }
            if expand && result.isEmpty { result = typoExpansions(of: folded) }
            return result
        }
        let own = Set(exact)
        let cap = exact.map(idf).min() ?? .infinity
        var terms: Set<Int32> = keepOwn ? own : []
        var position = vocabulary.lowerBound(folded), words = 0
        while position < vocabulary.words.count && words < Self.prefixWordLimit && vocabulary.words[position].hasPrefix(folded) {
            for term in vocabulary.terms(ofWord: position) where vocabulary.stems[Int(term)].hasPrefix(folded) || own.contains(term) && isSurfacePrefix(term, folded) {
                terms.insert(term)
            }
            position += 1
            words += 1
        }
        var kept = Array(terms)
        if kept.count > Self.prefixTermLimit {
            kept = Array(kept.sorted { (postingCount($0), $1) > (postingCount($1), $0) }.prefix(Self.prefixTermLimit))
        }
        let result = kept.map { term in
            Expansion(term: term, factor: own.contains(term) ? MatchWeight.exact * idf(term) : MatchWeight.prefix * min(idf(term), cap))
        }
        if result.isEmpty && expand { return typoExpansions(of: folded) }
        return result.sorted { $0.term < $1.term }
    }

    /// Whether every word indexed under `term` starts with `prefix`.
    private func isSurfacePrefix(_ term: Int32, _ prefix: String) -> Bool {
        vocabulary.words(ofTerm: term).allSatisfy { vocabulary.words[Int($0)].hasPrefix(prefix) }
    }

    /// Words within the typo budget of the whole folded word (Damerau–Levenshtein: none up to
    /// 4 letters, 1 up to 8, 2 beyond), never stop words, only those at the nearest distance
    /// found, at most `typoWordLimit` of them (most frequent first), each through its terms at
    /// the fuzzy weight.
    func typoExpansions(of folded: String) -> [Expansion] {
        let length = folded.unicodeScalars.count
        let budget = length <= 4 ? 0 : (length <= 8 ? 1 : 2)
        guard budget > 0 else { return [] }
        let target = Array(folded.unicodeScalars)
        var candidates: [(distance: Int, frequency: Int, word: Int32)] = []
        for word in fuzzy.candidates(folded, maxEdits: budget) {
            let surface = vocabulary.words[Int(word)]
            guard !StopWords.contains(folded: surface) else { continue }
            let distance = budget == 1 || EditDistance.within(target, Array(surface.unicodeScalars), 1) ? 1 : 2
            let frequency = vocabulary.terms(ofWord: Int(word)).map(postingCount).max() ?? 0
            candidates.append((distance, frequency, word))
        }
        candidates.sort { ($0.distance, $1.frequency, $0.word) < ($1.distance, $0.frequency, $1.word) }
        // Only the nearest words: with a word one typo away, none two away is taken.
        let nearest = candidates.first?.distance ?? 0
        var taken: Set<Int32> = []
        var result: [Expansion] = []
        for candidate in candidates.prefix(Self.typoWordLimit) where candidate.distance == nearest {
            // A term a stop word shares (`parement` → `par`) would reach most documents through the stop word.
            for term in vocabulary.terms(ofWord: Int(candidate.word)) where !sharesStopWord(term) && taken.insert(term).inserted {
                result.append(Expansion(term: term, factor: MatchWeight.fuzzy * idf(term)))
            }
        }
        return result.sorted { $0.term < $1.term }
    }

    /// Whether a stop word is indexed under `term`.
    func sharesStopWord(_ term: Int32) -> Bool {
        vocabulary.words(ofTerm: term).contains { StopWords.contains(folded: vocabulary.words[Int($0)]) }
    }

    func idf(_ term: Int32) -> Double {
        scoring.inverseDocumentFrequencies[Int(term)]
    }

    func postingCount(_ term: Int32) -> Int {
        postings.range(of: term).count
    }
}
