import KiosqueCorpus
@testable import KiosqueSearch
import Testing

/// Position starts kept as block bases and 16-bit offsets read back every start exactly, and
/// fall back to plain 32-bit starts when a block's positions do not fit 16 bits.
@Suite struct PositionStartsTests {
    /// Ascending starts whose steps are `steps` (the first start is 0).
    static func starts(_ steps: [UInt32]) -> FlatArray<UInt32> {
        var starts: [UInt32] = [0]
        for step in steps { starts.append(starts[starts.count - 1] + step) }
        return FlatArray(starts)
    }

    static func readsBack(_ compact: PositionStarts, _ starts: FlatArray<UInt32>) -> Bool {
        compact.count == starts.count && starts.indices.allSatisfy { compact[$0] == starts[$0] }
            && compact.withView { view in starts.indices.allSatisfy { view[$0] == Int(starts[$0]) } }
    }

    @Test(arguments: [0, 1, 63, 64, 65, 1000])
    func smallStepsAreKeptCompactAndReadBackExactly(_ postings: Int) {
        let starts = Self.starts((0..<postings).map { UInt32($0 % 7) })
        let compact = PositionStarts(starts)
        #expect(compact.wide.isEmpty && compact.offsets.count == postings + 1)
        #expect(compact.bases.count == (postings + 64) / 64)
        #expect(Self.readsBack(compact, starts))
        #expect(compact.byteCount < starts.count * 4 || postings < 2)
    }

    @Test func aBlockBeyondSixteenBitsKeepsPlainStarts() {
        // One posting of 70,000 positions inside the first block: its successor's offset overflows.
        let starts = Self.starts([3, 70_000] + [UInt32](repeating: 2, count: 100))
        let kept = PositionStarts(starts)
        #expect(!kept.wide.isEmpty && kept.bases.isEmpty && kept.offsets.isEmpty)
        #expect(Self.readsBack(kept, starts))
    }

    @Test func aSnapshotsArraysMustMakeOneForm() {
        let compact = PositionStarts(Self.starts([1, 2, 3]))
        #expect(PositionStarts(bases: compact.bases, offsets: compact.offsets, wide: compact.wide, count: 4) != nil)
        #expect(PositionStarts(bases: compact.bases, offsets: compact.offsets, wide: compact.wide, count: 5) == nil)
        #expect(PositionStarts(bases: compact.bases, offsets: compact.offsets, wide: FlatArray([0, 1, 3, 6]), count: 4) == nil)
        #expect(PositionStarts(bases: FlatArray([]), offsets: FlatArray([]), wide: FlatArray([0, 1, 3, 6]), count: 4) != nil)
    }
}
