/// Where each document's paragraphs lie in its token positions, so that the highlighter can
/// tell from a posting's positions which paragraphs hold a match and scan only those.
struct ParagraphPositions: Sendable {
    /// Per document: the start of its entries in `bounds` (one more start at the end).
    let starts: [UInt32]
    /// Per document: the position where each paragraph starts, then where the last one ends,
    /// clamped to `UInt16.max` (the index keeps no position from there on).
    let bounds: [UInt16]

    /// From every document's bounds, concatenated in document order (paragraph count + 1 each).
    init(bounds: [UInt16], paragraphCounts: some Sequence<Int>) {
        var starts: [UInt32] = [0]
        for count in paragraphCounts { starts.append(starts[starts.count - 1] + UInt32(count + 1)) }
        self.starts = starts
        self.bounds = bounds
    }

    init(starts: [UInt32], bounds: [UInt16]) {
        self.starts = starts
        self.bounds = bounds
    }

    /// Whether the lists agree with each other and with documents of `paragraphCounts`.
    func fits(_ paragraphCounts: some Collection<Int>) -> Bool {
        guard starts.count == paragraphCounts.count + 1, starts.first == 0, Int(starts[starts.count - 1]) == bounds.count else { return false }
        return zip(paragraphCounts, zip(starts, starts.dropFirst())).allSatisfy { count, range in Int(range.1 - range.0) == count + 1 }
    }

    /// Adds to `counts[p]` the `positions` (ascending) that lie in paragraph `p` of `doc`, and
    /// sets `Int.max` for every paragraph reaching past the last indexed position (its matches
    /// may not be in the postings, so no count bounds them).
    func count(_ positions: UnsafeBufferPointer<UInt16>, of doc: Int, into counts: inout [Int]) {
        let first = Int(starts[doc]), count = Int(starts[doc + 1]) - first - 1
        guard count > 0 else { return }
        var paragraph = 0
        for position in positions {
            while paragraph < count && bounds[first + paragraph + 1] <= position { paragraph += 1 }
            if paragraph == count { break }  // past the paragraphs: an entity name's
            if bounds[first + paragraph] <= position, counts[paragraph] < .max { counts[paragraph] += 1 }
        }
        for paragraph in 0..<count where bounds[first + paragraph + 1] == UInt16.max { counts[paragraph] = .max }
    }
}
