/// Bounded Damerau–Levenshtein distance (optimal string alignment): adjacent transpositions
/// count as one edit, as typos usually are.
enum EditDistance {
    /// Whether `a` and `b` are at most `limit` edits apart.
    static func within(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], _ limit: Int) -> Bool {
        let left = a.map(\.value), right = b.map(\.value)
        return left.withUnsafeBufferPointer { left in right.withUnsafeBufferPointer { right in within(left, right, limit) } }
    }

    /// Whether two scalar strings are at most `limit` edits apart. Only the diagonal band
    /// `|i − j| ≤ limit` can hold such a distance, so only it is computed, with values capped
    /// at `limit + 1`, and the scan stops once a whole row is over the limit.
    static func within(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, _ limit: Int) -> Bool {
        let m = a.count, n = b.count
        if abs(m - n) > limit { return false }
        if m == 0 || n == 0 { return max(m, n) <= limit }
        let over = Int32(limit + 1)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 3 * (n + 1)) { rows in
            guard var twoBack = rows.baseAddress else { return false }
            var previous = twoBack + (n + 1), current = previous + (n + 1)
            for j in 0...n { previous[j] = min(Int32(j), over) }
            for i in 1...m {
                let low = max(1, i - limit), high = min(n, i + limit)
                current[low - 1] = low == 1 ? min(Int32(i), over) : over
                var rowMinimum = over
                for j in low...high {
                    var value = min(previous[j], current[j - 1]) + 1
                    value = min(value, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, twoBack[j - 2] + 1) }
                    value = min(value, over)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if high < n { current[high + 1] = over }
                if rowMinimum > Int32(limit) { return false }
                (twoBack, previous, current) = (previous, current, twoBack)
            }
            return previous[n] <= Int32(limit)
        }
    }
}
