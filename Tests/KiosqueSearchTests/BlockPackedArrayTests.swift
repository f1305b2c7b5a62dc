import KiosqueCorpus
@testable import KiosqueSearch
import Testing

/// Block-packed values read back exactly, whatever their spread, and a snapshot's arrays whose
/// blocks would read outside their bytes are refused.
@Suite struct BlockPackedArrayTests {
    static func readsBack(_ values: [UInt32]) -> Bool {
        let packed = BlockPackedArray(values)
        let viewed = packed.withView { view in values.indices.map { view[$0] } }
        // Decoded by runs, from inside a block to inside another, as the query loops read lists.
        let from = values.count / 3, to = values.count - values.count / 5
        let decoded = packed.withView { view in
            [UInt32](unsafeUninitializedCapacity: to - from) { buffer, count in
                if let base = buffer.baseAddress { view.decode(from..<to, into: base) }
                count = to - from
            }
        }
        return packed.count == values.count && packed.values == values && viewed == values && decoded == Array(values[from..<to])
    }

    @Test(arguments: [0, 1, 63, 64, 65, 127, 128, 129, 1000])
    func ascendingDocumentsReadBack(_ count: Int) {
        // Gaps of 1 to 7, as a common word's postings.
        var values: [UInt32] = [], doc: UInt32 = 5
        for index in 0..<count {
            values.append(doc)
            doc += UInt32(1 + index % 7)
        }
        #expect(Self.readsBack(values))
        #expect(BlockPackedArray(values).byteCount < max(1, values.count) * 4 || count < 64)
    }

    @Test func largeGapsAndFullWidthReadBack() {
        // A block holding 0 and UInt32.max needs all 32 bits; the next block holds one value.
        var values = (0..<64).map { UInt32($0) * 67_000_000 }
        values[63] = UInt32.max
        values[0] = 0
        values.append(UInt32.max - 1)
        #expect(Self.readsBack(values))
        #expect(Self.readsBack([UInt32.max]))
        #expect(Self.readsBack([0, UInt32.max, 0, UInt32.max]))
    }

    @Test func blocksOfOneValueTakeNoBits() {
        let values = [UInt32](repeating: 42, count: 200) + [7] + [UInt32](repeating: 9, count: 63)
        let packed = BlockPackedArray(values)
        #expect(Self.readsBack(values))
        // Three blocks of zero width and one of six bits (42 - 7 = 35): 48 bytes and the padding.
        #expect(packed.bytes.count == 48 + BlockPackedArray.padding)
    }

    @Test func unsortedValuesReadBackAcrossBlockBoundaries() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let values = (0..<1000).map { index -> UInt32 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Each block's spread differs: from a few values to the whole range.
            return UInt32(truncatingIfNeeded: state >> 33) >> UInt32(index / 64 % 32)
        }
        #expect(Self.readsBack(values))
    }

    @Test func aSnapshotsBlocksMustLieInTheirBytes() {
        let packed = BlockPackedArray((0..<100).map { UInt32($0 * 3) })
        #expect(BlockPackedArray(count: 100, bases: packed.bases, layouts: packed.layouts, bytes: packed.bytes) != nil)
        // Another count needs another number of blocks.
        #expect(BlockPackedArray(count: 200, bases: packed.bases, layouts: packed.layouts, bytes: packed.bytes) == nil)
        // The second block starting at the last byte, or wider than 32 bits, or bytes without padding.
        let outside = FlatArray([packed.layouts[0], UInt64(packed.bytes.count - 1) << 8 | 8])
        #expect(BlockPackedArray(count: 100, bases: packed.bases, layouts: outside, bytes: packed.bytes) == nil)
        let tooWide = FlatArray([packed.layouts[0], packed.layouts[1] & ~0xFF | 33])
        #expect(BlockPackedArray(count: 100, bases: packed.bases, layouts: tooWide, bytes: packed.bytes) == nil)
        let unpadded = FlatArray(Array(packed.bytes.prefix(packed.bytes.count - BlockPackedArray.padding)))
        #expect(BlockPackedArray(count: 100, bases: packed.bases, layouts: packed.layouts, bytes: unpadded) == nil)
        #expect(BlockPackedArray(count: 0, bases: FlatArray([]), layouts: FlatArray([]), bytes: FlatArray([UInt8](repeating: 0, count: 8))) != nil)
    }
}
