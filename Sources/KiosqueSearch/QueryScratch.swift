import Synchronization

/// Working memory of one query, sized to the corpus once: a value per document, the candidates
/// with their scores, and two sets of a bit per document. Buffers are raw so that inner loops
/// run without bounds or copy-on-write checks; memory is only touched as far as queries use it.
///
/// `@unchecked Sendable`: a scratch belongs to one query at a time, which takes it from the
/// pool (under its lock) and gives it back when done.
final class QueryScratch: @unchecked Sendable {
    let documentCount: Int
    /// Per document: a score, valid where a set of bits says so.
    let values: UnsafeMutableBufferPointer<Double>
    /// Candidates in ascending order (`count` of them) and what each has scored so far.
    var documents: UnsafeMutableBufferPointer<Int32>
    var totals: UnsafeMutableBufferPointer<Double>
    var seedScores: UnsafeMutableBufferPointer<Double>
    let clauseScores: UnsafeMutableBufferPointer<Double>
    let groupScores: UnsafeMutableBufferPointer<Double>
    var count = 0
    /// One bit per document: the union of a seed's lists, the candidates of a pass, the hits
    /// for facets; and the candidates a pass has scored.
    let bits: UnsafeMutableBufferPointer<UInt64>
    let moreBits: UnsafeMutableBufferPointer<UInt64>
    /// Per entity: its count among a query's hits, zero between queries (`FacetCounts.sparse`),
    /// and the entities counted (one slot more: `EntityGather` writes before it knows).
    let entityCounts: UnsafeMutableBufferPointer<Int32>
    let touchedEntities: UnsafeMutableBufferPointer<Int32>

    init(documentCount: Int, entityCount: Int) {
        self.documentCount = documentCount
        entityCounts = .allocate(capacity: max(1, entityCount))
        entityCounts.update(repeating: 0)
        touchedEntities = .allocate(capacity: entityCount + 1)
        let size = max(1, documentCount)
        values = .allocate(capacity: size)
        documents = .allocate(capacity: size)
        totals = .allocate(capacity: size)
        seedScores = .allocate(capacity: size)
        clauseScores = .allocate(capacity: size)
        groupScores = .allocate(capacity: size)
        bits = .allocate(capacity: size / 64 + 1)
        moreBits = .allocate(capacity: size / 64 + 1)
    }

    deinit {
        for buffer in [values, totals, seedScores, clauseScores, groupScores] { buffer.deallocate() }
        documents.deallocate()
        bits.deallocate()
        moreBits.deallocate()
        entityCounts.deallocate()
        touchedEntities.deallocate()
    }

    /// Writes every buffer once.
    func touchMemory() {
        for buffer in [values, totals, seedScores, clauseScores, groupScores] { buffer.update(repeating: 0) }
        documents.update(repeating: 0)
        bits.update(repeating: 0)
        moreBits.update(repeating: 0)
        touchedEntities.update(repeating: 0)
    }

    /// The candidates so far.
    var candidates: UnsafeMutableBufferPointer<Int32> {
        UnsafeMutableBufferPointer(rebasing: documents[0..<count])
    }
}

/// The idle scratches, one per query that ran at the same time (bounded).
final class ScratchPool: Sendable {
    private let idle = Mutex<[QueryScratch]>([])
    private let documentCount: Int, entityCount: Int
    private static let kept = 16

    /// Keeps one scratch ready, its memory touched, so that the first query pays no page faults.
    init(documentCount: Int, entityCount: Int) {
        self.documentCount = documentCount
        self.entityCount = entityCount
        let first = QueryScratch(documentCount: documentCount, entityCount: entityCount)
        first.touchMemory()
        give(first)
    }

    func take() -> QueryScratch {
        idle.withLock { $0.popLast() } ?? QueryScratch(documentCount: documentCount, entityCount: entityCount)
    }

    func give(_ scratch: QueryScratch) {
        scratch.count = 0
        idle.withLock { pool in
            if pool.count < Self.kept { pool.append(scratch) }
        }
    }
}
