import KiosqueCorpus

/// Where each posting's positions start in `PostingLists.positions` (one more entry at the
/// end), in about half the bytes of a `UInt32` per posting: per block of 64 entries a `UInt32`
/// base, per entry a `UInt16` offset from its block's base (90 MB became 46 MB at 100,000
/// articles). Should one block's positions not fit 16 bits (a word repeated thousands of times
/// in a few documents), the whole list keeps plain `UInt32` starts instead (`wide`).
struct PositionStarts: Sendable {
    static let blockShift = 6
    /// Per block: the start of its first entry (empty when `wide` is used).
    let bases: FlatArray<UInt32>
    /// Per entry: its start minus its block's base (empty when `wide` is used).
    let offsets: FlatArray<UInt16>
    /// Per entry: its start, when some block does not fit `offsets`; else empty.
    let wide: FlatArray<UInt32>

    /// The compact form of `starts` (ascending), or `starts` itself when a block overflows.
    init(_ starts: FlatArray<UInt32>) {
        let blockCount = (starts.count + (1 << Self.blockShift) - 1) >> Self.blockShift
        let compact = starts.withUnsafeBufferPointer { starts -> (bases: [UInt32], offsets: [UInt16])? in
            var bases = [UInt32](repeating: 0, count: blockCount), offsets = [UInt16](repeating: 0, count: starts.count)
            for block in 0..<blockCount {
                let base = starts[block << Self.blockShift]
                bases[block] = base
                for entry in (block << Self.blockShift)..<min(starts.count, (block + 1) << Self.blockShift) {
                    guard let offset = UInt16(exactly: starts[entry] &- base), starts[entry] >= base else { return nil }
                    offsets[entry] = offset
                }
            }
            return (bases, offsets)
        }
        if let compact {
            self.init(bases: FlatArray(compact.bases), offsets: FlatArray(compact.offsets), wide: FlatArray([]))
        } else {
            self.init(bases: FlatArray([]), offsets: FlatArray([]), wide: starts)
        }
    }

    /// Arrays as a snapshot holds them; nil unless they make one of the two forms for `count` entries.
    init?(bases: FlatArray<UInt32>, offsets: FlatArray<UInt16>, wide: FlatArray<UInt32>, count: Int) {
        let blockCount = (count + (1 << Self.blockShift) - 1) >> Self.blockShift
        let isCompact = wide.isEmpty && bases.count == blockCount && offsets.count == count
        let isWide = bases.isEmpty && offsets.isEmpty && wide.count == count
        guard isCompact || isWide else { return nil }
        self.init(bases: bases, offsets: offsets, wide: wide)
    }

    private init(bases: FlatArray<UInt32>, offsets: FlatArray<UInt16>, wide: FlatArray<UInt32>) {
        self.bases = bases
        self.offsets = offsets
        self.wide = wide
    }

    /// How many entries (postings + 1).
    var count: Int { wide.isEmpty ? offsets.count : wide.count }

    /// Bytes the arrays take.
    var byteCount: Int { bases.count * 4 + offsets.count * 2 + wide.count * 4 }

    subscript(entry: Int) -> UInt32 {
        wide.isEmpty ? bases[entry >> Self.blockShift] + UInt32(offsets[entry]) : wide[entry]
    }

    /// The arrays as buffers without bounds checks, valid inside `body` only (`IndexView`).
    func withView<R>(_ body: (View) -> R) -> R {
        bases.withUnsafeBufferPointer { bases in
            offsets.withUnsafeBufferPointer { offsets in
                wide.withUnsafeBufferPointer { wide in body(View(bases: bases, offsets: offsets, wide: wide)) }
            }
        }
    }

    struct View {
        let bases: UnsafeBufferPointer<UInt32>
        let offsets: UnsafeBufferPointer<UInt16>
        let wide: UnsafeBufferPointer<UInt32>

        @inline(__always)
        subscript(entry: Int) -> Int {
            wide.isEmpty ? Int(bases[entry >> PositionStarts.blockShift]) + Int(offsets[entry]) : Int(wide[entry])
        }
    }
}
