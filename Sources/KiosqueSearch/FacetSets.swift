/// Every facet value's documents, for counting a query's hits per value without visiting the
/// hits: a frequent value keeps its documents as bits (counted by AND and popcount against the
/// hits' bits, 64 documents a step), a rare one as a list (each checked against the hits'
/// bits). A value gets bits only where they are smaller than its list, so this never takes
/// more memory than the lists. An entity listed twice in a document counts twice there, as
/// visiting the hits counts it: each value is a stack of sets, the documents where it occurs
/// at least once, at least twice, and so on.
struct FacetSets: Sendable {
    /// Values in one numbering: entities, then types, sources, months (`DocumentTable.monthNames`).
    let typeBase: Int, sourceBase: Int, monthBase: Int, valueCount: Int
    let documentCount: Int
    /// Words of 64 documents per bit set.
    let words: Int
    /// Per value: its sets, as a range of the per-set arrays.
    private let valueSets: [Range<Int>]
    /// Per set: its bit set's slot, or -1 for a listed set, and its list.
    private let slots: [Int32]
    private let listStarts: [Int32]
    private let bits: [UInt64]
    private let listDocuments: [Int32]
    /// Per value: its occurrences in the corpus (no query counts more); entities by that,
    /// most first.
    private let totals: [Int32]
    private let entityOrder: [Int32]
    /// Rough nanoseconds a count takes, to choose between this and visiting hits: the values
    /// other than entities, and the first entities in `entityOrder` (running sums).
    private let baseCost: Double
    private let entityCosts: [Double]

    init(table: DocumentTable) {
        let documentCount = table.months.count
        self.documentCount = documentCount
        typeBase = table.entities.count
        sourceBase = typeBase + DocumentTable.types.count
        monthBase = sourceBase + table.sourceNames.count
        valueCount = monthBase + table.monthNames.count
        words = documentCount / 64 + 1
        // Each value's documents, in order (an entity listed twice in a document, twice).
        var lists = [[Int32]](repeating: [], count: valueCount)
        for doc in 0..<documentCount {
            for entity in table.entities(of: doc) { lists[Int(entity)].append(Int32(doc)) }
            for (bit, _) in DocumentTable.types.enumerated() where table.facetTypeMasks[doc] & (1 << bit) != 0 {
                lists[typeBase + bit].append(Int32(doc))
            }
            if table.sources[doc] >= 0 { lists[sourceBase + Int(table.sources[doc])].append(Int32(doc)) }
            if table.months[doc] > 0 { lists[monthBase + Int(table.months[doc]) - 1].append(Int32(doc)) }
        }
        var valueSets: [Range<Int>] = [], slots: [Int32] = [], listStarts: [Int32] = [0]
        var bits: [UInt64] = [], listDocuments: [Int32] = []
        var costs: [Double] = []
        for list in lists {
            var cost = 0.0
            let first = slots.count
            for level in Self.levels(list) {
                if level.count * 32 >= documentCount {
                    slots.append(Int32(bits.count / words))
                    let base = bits.count
                    bits += repeatElement(0, count: words)
                    for doc in level { bits[base + Int(doc) >> 6] |= 1 << UInt64(doc & 63) }
                    cost += Double(words) * 0.6
                } else {
                    slots.append(-1)
                    listDocuments += level
                    cost += Double(level.count)
                }
                listStarts.append(Int32(listDocuments.count))
            }
            valueSets.append(first..<slots.count)
            costs.append(cost)
        }
        self.valueSets = valueSets
        self.slots = slots
        self.listStarts = listStarts
        self.bits = bits
        self.listDocuments = listDocuments
        totals = lists.map { Int32($0.count) }
        let entityOrder = (0..<Int32(typeBase)).sorted { lists[Int($0)].count > lists[Int($1)].count }
        self.entityOrder = entityOrder
        baseCost = costs[typeBase...].reduce(Double(words), +)
        entityCosts = entityOrder.reduce(into: [0]) { sums, entity in sums.append((sums.last ?? 0) + costs[Int(entity)]) }
    }

    /// The estimated cost of a count over `hits` documents that wants `entityLimit` entities:
    /// the `entityLimit`-th count is about the hits' share of that entity's corpus total, and
    /// every entity above it in the corpus gets counted before the rest are ruled out.
    func cost(hits: Int, entityLimit: Int) -> Double {
        let limit = min(entityOrder.count, max(0, entityLimit))
        guard limit > 0 else { return baseCost }
        let threshold = Int32(Double(totals[Int(entityOrder[limit - 1])]) * Double(hits) / Double(max(1, documentCount)))
        // Entities in `entityOrder` are by total, most first: count those at or above it.
        var low = limit, high = entityOrder.count
        while low < high {
            let middle = (low + high) / 2
            if totals[Int(entityOrder[middle])] >= threshold { low = middle + 1 } else { high = middle }
        }
        return baseCost + entityCosts[low]
    }

    /// A sorted list with repeats as sets of distinct documents: those occurring at least
    /// once, at least twice, …
    private static func levels(_ list: [Int32]) -> [[Int32]] {
        var levels: [[Int32]] = []
        var index = 0
        while index < list.count {
            var end = index + 1
            while end < list.count && list[end] == list[index] { end += 1 }
            for level in 0..<(end - index) {
                if level == levels.count { levels.append([]) }
                levels[level].append(list[index])
            }
            index = end
        }
        return levels
    }

    /// Hits per value, given the hits as bits. Only the `entityLimit` most frequent entities
    /// are wanted: entities are counted from the most frequent in the corpus, and once one's
    /// corpus count is below the `entityLimit`-th count found, neither it nor any after it can
    /// enter; they are left at 0.
    func count(hits: UnsafeBufferPointer<UInt64>, entityLimit: Int) -> [Int32] {
        var counts = [Int32](repeating: 0, count: valueCount)
        bits.withUnsafeBufferPointer { bits in
            listDocuments.withUnsafeBufferPointer { listDocuments in
                func count(_ value: Int) -> Int32 {
                    var count = 0
                    for set in valueSets[value] {
                        if slots[set] >= 0 {
                            let start = Int(slots[set]) * words
                            count += Self.intersectionCount(UnsafeBufferPointer(rebasing: bits[start..<(start + words)]), hits)
                        } else {
                            for doc in listDocuments[Int(listStarts[set])..<Int(listStarts[set + 1])]
                            where hits[Int(doc) >> 6] & (1 << UInt64(doc & 63)) != 0 {
                                count += 1
                            }
                        }
                    }
                    return Int32(count)
                }
                for value in typeBase..<valueCount { counts[value] = count(value) }
                var best = Heap.Bounded(entityLimit)
                for entity in entityOrder {
                    if let threshold = best.threshold, totals[Int(entity)] < threshold { break }
                    counts[Int(entity)] = count(Int(entity))
                    best.insert(counts[Int(entity)])
                }
            }
        }
        return counts
    }

    /// Bits set in both: two words at a time, bytes counted in SIMD lanes (the default x86-64
    /// target has no popcount instruction) and summed every 31 steps, before a byte could
    /// overflow.
    private static func intersectionCount(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>) -> Int {
        var total = SIMD2<UInt64>(0, 0), bytes = SIMD2<UInt64>(0, 0)
        var steps = 0, word = 0
        while word + 2 <= a.count {
            var x = SIMD2(a[word], a[word + 1]) & SIMD2(b[word], b[word + 1])
            x = x &- ((x &>> 1) & 0x5555_5555_5555_5555)
            x = (x & 0x3333_3333_3333_3333) &+ ((x &>> 2) & 0x3333_3333_3333_3333)
            bytes &+= (x &+ (x &>> 4)) & 0x0F0F_0F0F_0F0F_0F0F
            steps += 1
            if steps == 31 {
                total &+= sum(bytes)
                bytes = .zero
                steps = 0
            }
            word += 2
        }
        total &+= sum(bytes)
        var count = Int(total[0] &+ total[1])
        while word < a.count {
            count += (a[word] & b[word]).nonzeroBitCount
            word += 1
        }
        return count
    }

    /// The sum of each lane's eight byte counts (in 16-bit steps, so that it cannot overflow).
    @inline(__always)
    private static func sum(_ bytes: SIMD2<UInt64>) -> SIMD2<UInt64> {
        let pairs = (bytes & 0x00FF_00FF_00FF_00FF) &+ ((bytes &>> 8) & 0x00FF_00FF_00FF_00FF)
        return (pairs &* 0x0001_0001_0001_0001) &>> 48
    }
}
