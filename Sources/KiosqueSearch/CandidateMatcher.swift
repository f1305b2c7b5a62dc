/// Evaluates a query's clauses over candidate documents kept in ascending order with their
/// running scores, in the scratch's buffers. The candidates come from the group expected to
/// match fewest documents (`seed`); every other group is then only checked against them
/// (`CandidateMatcher+Clauses`), and the candidates it does not match are dropped.
struct CandidateMatcher {
    let view: IndexView
    let scratch: QueryScratch

    var count: Int { scratch.count }

    /// Every document that passes `filter`, scoring 0 (a query of exclusions only).
    func takeAll(_ filter: DocumentFilter) {
        let documents = scratch.documents, totals = scratch.totals
        var kept = 0
        for doc in 0..<view.documentCount where filter.passes(doc) {
            documents[kept] = Int32(doc)
            totals[kept] = 0
            kept += 1
        }
        scratch.count = kept
    }

    // MARK: Scoring groups

    /// Scores every candidate for `group` (the sum of the clauses it matches, -1 if none) into
    /// `groupScores`.
    func scoreGroup(_ group: [CompiledClause]) {
        let groupScores = scratch.groupScores, clauseScores = scratch.clauseScores
        let count = count
        for index in 0..<count { groupScores[index] = -1 }
        for clause in group {
            score(clause)
            for index in 0..<count where clauseScores[index] >= 0 {
                groupScores[index] = max(groupScores[index], 0) + clauseScores[index]
            }
        }
    }

    /// Keeps the candidates that matched the group just scored, adding its scores to their
    /// totals (or taking them, for the query's first group).
    func keepMatches(first: Bool, seedScored: Bool) {
        let documents = scratch.documents, totals = scratch.totals, seedScores = scratch.seedScores
        let groupScores = scratch.groupScores
        var kept = 0
        for index in 0..<count where groupScores[index] >= 0 {
            documents[kept] = documents[index]
            totals[kept] = first ? groupScores[index] : totals[index] + groupScores[index]
            if seedScored { seedScores[kept] = seedScores[index] }
            kept += 1
        }
        scratch.count = kept
    }

    /// Adds the seed's own scores, computed while seeding, in the group's turn.
    func addSeedScores(first: Bool) {
        if first {
            // The totals are the seed's scores: exchange the buffers instead of copying.
            swap(&scratch.totals, &scratch.seedScores)
            return
        }
        let totals = scratch.totals, seedScores = scratch.seedScores
        for index in 0..<count { totals[index] += seedScores[index] }
    }

    /// Keeps the candidates that pass `test`, with their totals.
    func keep(_ test: (Int32) -> Bool) {
        let documents = scratch.documents, totals = scratch.totals
        var kept = 0
        for index in 0..<count where test(documents[index]) {
            documents[kept] = documents[index]
            totals[kept] = totals[index]
            kept += 1
        }
        scratch.count = kept
    }

    /// Drops the candidates that `clause` matches (an exclusion).
    func exclude(_ clause: CompiledClause, seedScored: Bool) {
        score(clause)
        let documents = scratch.documents, totals = scratch.totals, seedScores = scratch.seedScores
        let clauseScores = scratch.clauseScores
        var kept = 0
        for index in 0..<count where clauseScores[index] < 0 {
            documents[kept] = documents[index]
            totals[kept] = totals[index]
            if seedScored { seedScores[kept] = seedScores[index] }
            kept += 1
        }
        scratch.count = kept
    }
}
