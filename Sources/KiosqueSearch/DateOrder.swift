/// Per document, what date order compares: the corpus's ranks when it gave them, else a key
/// (`yyyymmdd` with a year, `mmdd` without one, -1 undated). Either way, full dates come first
/// in both directions, then yearless ones, then undated documents.
struct DateOrder: Sendable {
    let keys: Column<Int32>
    let newestRanks: Column<Int32>?
    let oldestRanks: Column<Int32>?

    /// The document's primary sort key for `Ranking` (smaller first).
    @inline(__always)
    func primary(_ doc: Int, descending: Bool) -> Int32 {
        if descending, let newestRanks { return newestRanks[doc] }
        if !descending, let oldestRanks { return oldestRanks[doc] }
        let date = keys[doc]
        if descending { return date < 0 ? 1 : -date }
        // Dated (`yyyymmdd`, shifted below every yearless `mmdd`), then yearless, then undated.
        return date < 0 ? .max : (date >= 10_000 ? date - 100_000_000 : date)
    }
}
