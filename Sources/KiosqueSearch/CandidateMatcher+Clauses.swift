/// How one clause scores the candidates: a word by seeking each candidate in its postings
/// when they are few next to the postings, otherwise by one pass over the postings that tests
/// a bit per document (a set of bits small enough to stay in cache); a phrase by
/// `PhraseMatcher`.
extension CandidateMatcher {
    /// The clause's score per candidate into `clauseScores` (-1 where it does not match).
    func score(_ clause: CompiledClause) {
        let clauseScores = scratch.clauseScores
        for index in 0..<count { clauseScores[index] = -1 }
        switch clause {
        case .term(let expansions): scoreTerm(expansions)
        case .phrase(let words): scorePhrase(words)
        case .documents(let list): scoreList(list)
        }
    }

    /// Seeks each candidate in the list.
    private func scoreList(_ list: DocumentList) {
        let candidates = scratch.candidates, scores = scratch.clauseScores
        list.documents.withUnsafeBufferPointer { documents in
            var position = 0
            for index in 0..<candidates.count {
                while position < documents.count && documents[position] < candidates[index] { position += 1 }
                if position == documents.count { break }
                if documents[position] == candidates[index] { scores[index] = list.scores[position] }
            }
        }
    }

    /// The best expansion's score per candidate: seeking each candidate when they are few
    /// next to the postings, otherwise one pass over the postings.
    private func scoreTerm(_ expansions: [Expansion]) {
        let candidates = Double(max(1, count))
        var seekCost = 0.0, passCost = candidates
        for expansion in expansions {
            let postings = Double(view.range(of: expansion.term).count)
            seekCost += candidates * (1 + log2(1 + postings / candidates))
            passCost += postings
        }
        if seekCost < passCost {
            for expansion in expansions { seekTerm(expansion) }
        } else {
            passTerms(expansions)
        }
    }

    private func seekTerm(_ expansion: Expansion) {
        let range = view.range(of: expansion.term)
        let candidates = scratch.candidates, scores = scratch.clauseScores
        var posting = range.lowerBound
        for index in 0..<candidates.count {
            posting = view.seek(candidates[index], from: posting, end: range.upperBound)
            if posting == range.upperBound { break }
            guard view.documents[posting] == candidates[index] else { continue }
            let score = expansion.factor * view.fieldScore(posting, doc: Int(candidates[index]))
            if score > scores[index] { scores[index] = score }
        }
    }

    /// Marks the candidates in bits, then reads every posting of the terms once (a second set
    /// of bits tells a candidate already scored).
    private func passTerms(_ expansions: [Expansion]) {
        let words = view.documentCount / 64 + 1
        let isCandidate = UnsafeMutableBufferPointer(rebasing: scratch.bits[0..<words])
        let isScored = UnsafeMutableBufferPointer(rebasing: scratch.moreBits[0..<words])
        let values = scratch.values, candidates = scratch.candidates, scores = scratch.clauseScores
        isCandidate.update(repeating: 0)
        isScored.update(repeating: 0)
        for doc in candidates { isCandidate[Int(doc) >> 6] |= 1 << UInt64(doc & 63) }
        for expansion in expansions {
            view.forEachPosting(view.range(of: expansion.term), scored: false) { posting, document, _ in
                let doc = Int(document)
                let bit: UInt64 = 1 << UInt64(doc & 63)
                guard isCandidate[doc >> 6] & bit != 0 else { return }
                let score = expansion.factor * view.fieldScore(posting, doc: doc)
                if isScored[doc >> 6] & bit == 0 {
                    isScored[doc >> 6] |= bit
                    values[doc] = score
                } else if score > values[doc] {
                    values[doc] = score
                }
            }
        }
        for index in 0..<candidates.count {
            let doc = Int(candidates[index])
            if isScored[doc >> 6] & (1 << UInt64(doc & 63)) != 0 { scores[index] = values[doc] }
        }
    }

    /// Candidates where the words follow each other, scored by the sum of the words' terms.
    private func scorePhrase(_ words: [[Int32]]) {
        guard Self.rarestWord(words, view) != nil else { return }
        PhraseMatcher(words: words, view: view).score(scratch.candidates, into: scratch.clauseScores)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
