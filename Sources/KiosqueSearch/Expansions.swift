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
}

extension SearchIndex {
    /// How much a match counts, by how the query word matched the indexed word.
    enum MatchWeight {
        static let exact = 1.0
        static let prefix = 0.6
        static let fuzzy = 0.35
    }

    /// At most this many words are taken for a prefix.
    static let prefixWordLimit = 200

    func compile(_ clause: ParsedQuery.Clause, expand: Bool) -> CompiledClause {
        switch clause {
        case .term(let word, let prefix): .term(expansions(of: word, prefix: prefix, expand: expand))
        case .phrase(let words): .phrase(words.map(exactTerms))
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

    /// The terms a query word matches. Exact terms count fully. A prefix word also matches the
    /// words it starts, at most with the idf of its exact terms (a rare word that merely starts
    /// like a common one does not outrank it). Typos are corrected only for a word that the
    /// index has neither as such nor as a prefix, 1 edit from 5 letters, 2 from 9: a word
    /// that exists is what the user meant.
    func expansions(of word: String, prefix: Bool, expand: Bool = true) -> [Expansion] {
        let exact = exactTerms(of: word)
        var result = exact.map { Expansion(term: $0, factor: MatchWeight.exact * idf($0)) }
        guard expand else { return result }
        let folded = TextFolding.foldAccents(word)
        var taken = Set(exact)
        if prefix && !folded.isEmpty {
            let cap = exact.map(idf).min() ?? .infinity
            var position = vocabulary.lowerBound(folded)
            var words = 0
            while position < vocabulary.words.count && vocabulary.words[position].hasPrefix(folded) && words < Self.prefixWordLimit {
                for term in vocabulary.terms(ofWord: position) where taken.insert(term).inserted {
                    result.append(Expansion(term: term, factor: MatchWeight.prefix * min(idf(term), cap)))
                }
                position += 1
                words += 1
            }
        }
        let length = folded.count
        if result.isEmpty && length >= 5 {
            for position in fuzzy.candidates(folded, maxEdits: length >= 9 ? 2 : 1) {
                for term in vocabulary.terms(ofWord: Int(position)) where taken.insert(term).inserted {
                    result.append(Expansion(term: term, factor: MatchWeight.fuzzy * idf(term)))
                }
            }
        }
        return result.sorted { $0.term < $1.term }
    }

    func idf(_ term: Int32) -> Double {
        scoring.inverseDocumentFrequencies[Int(term)]
    }
}
