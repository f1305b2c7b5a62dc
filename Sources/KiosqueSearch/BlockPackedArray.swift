import Dispatch
import KiosqueCorpus

/// Unsigned 32-bit values in blocks of 64, each block frame-of-reference coded: its smallest
/// value, then every value minus it in as many bits as the block's largest difference needs.
/// Any value is read in a few instructions without decoding its neighbours (no running sum),
/// so the query loops keep their random access (galloping, binary search) over posting
/// documents, position starts and score codes, which take a quarter to a third of their
/// 4 bytes each at 100,000 articles.
struct BlockPackedArray: Sendable {
    static let blockShift = 6
    static let blockSize = 1 << blockShift
    /// Bytes after the last block, so that any value may be read by one 8-byte load at its first byte.
    static let padding = 8

    let count: Int
    /// Per block: its smallest value.
    let bases: FlatArray<UInt32>
    /// Per block: the byte where its bits start (bits 8 and up) and its width in bits (low 8 bits).
    let layouts: FlatArray<UInt64>
    /// The blocks one after the other, each starting on a byte; values little-endian, low bits first.
    let bytes: FlatArray<UInt8>

    static func blockCount(_ count: Int) -> Int { (count + blockSize - 1) >> blockShift }

    private static func range(of block: Int, count: Int) -> Range<Int> {
        (block << blockShift)..<min(count, (block + 1) << blockShift)
    }

    /// The packed form of `values`, blocks measured and written on all cores (each writes its own bytes).
    init(_ values: UnsafeBufferPointer<UInt32>) {
        let count = values.count, blockCount = Self.blockCount(count)
        let parts = ParallelChunks.ranges(count: blockCount)
        var bases = [UInt32](repeating: 0, count: blockCount), widths = [UInt8](repeating: 0, count: blockCount)
        bases.withUnsafeMutableBufferPointer { bases in
            widths.withUnsafeMutableBufferPointer { widths in
                nonisolated(unsafe) let (input, out) = (values, (bases, widths))  // each iteration writes its own blocks
                DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                    for block in parts[part] {
                        var low = UInt32.max, high = UInt32.min
                        for index in Self.range(of: block, count: count) {
                            low = min(low, input[index])
                            high = max(high, input[index])
                        }
                        out.0[block] = low
                        out.1[block] = UInt8(UInt32.bitWidth - (high &- low).leadingZeroBitCount)
                    }
                }
            }
        }
        var layouts = [UInt64](repeating: 0, count: blockCount), total = 0
        for block in 0..<blockCount {
            layouts[block] = UInt64(total) << 8 | UInt64(widths[block])
            total += (Self.range(of: block, count: count).count * Int(widths[block]) + 7) >> 3
        }
        let bytes = FlatArray<UInt8>(zeroed: total + Self.padding) { bytes in
            nonisolated(unsafe) let (input, output) = (values, bytes)  // each iteration writes its own blocks' bytes
            let frames = (bases, layouts)
            DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                for block in parts[part] {
                    let base = frames.0[block], width = Int(frames.1[block] & 0xFF)
                    var byte = Int(frames.1[block] >> 8), pending: UInt64 = 0, pendingBits = 0
                    for index in Self.range(of: block, count: count) {
                        // Fewer than 8 bits wait, so at most 39 are held.
                        pending |= UInt64(input[index] &- base) << UInt64(pendingBits)
                        pendingBits += width
                        while pendingBits >= 8 {
                            output[byte] = UInt8(truncatingIfNeeded: pending)
                            pending >>= 8
                            pendingBits -= 8
                            byte += 1
                        }
                    }
                    if pendingBits > 0 { output[byte] = UInt8(truncatingIfNeeded: pending) }
                }
            }
        }
        self.init(unchecked: count, bases: FlatArray(bases), layouts: FlatArray(layouts), bytes: bytes)
    }

    init(_ values: [UInt32]) {
        self = values.withUnsafeBufferPointer { Self($0) }
    }

    private init(unchecked count: Int, bases: FlatArray<UInt32>, layouts: FlatArray<UInt64>, bytes: FlatArray<UInt8>) {
        self.count = count
        self.bases = bases
        self.layouts = layouts
        self.bytes = bytes
    }

    /// Arrays as a snapshot holds them; nil unless every block of `count` values lies inside
    /// `bytes` with its padding, so that no read can leave the mapping whatever the values.
    init?(count: Int, bases: FlatArray<UInt32>, layouts: FlatArray<UInt64>, bytes: FlatArray<UInt8>) {
        let blockCount = Self.blockCount(count)
        guard count >= 0, bases.count == blockCount, layouts.count == blockCount, bytes.count >= Self.padding else { return nil }
        let limit = UInt64(bytes.count - Self.padding)
        let valid = layouts.withUnsafeBufferPointer { layouts in
            layouts.indices.allSatisfy { block in
                let width = Int(layouts[block] & 0xFF), start = layouts[block] >> 8
                let length = UInt64((Self.range(of: block, count: count).count * width + 7) >> 3)
                return width <= 32 && start <= limit && length <= limit - start
            }
        }
        guard valid else { return nil }
        self.init(unchecked: count, bases: bases, layouts: layouts, bytes: bytes)
    }

    /// Bytes the arrays take.
    var byteCount: Int { bases.count * 4 + layouts.count * 8 + bytes.count }

    subscript(index: Int) -> UInt32 {
        precondition(index >= 0 && index < count, "index out of range")
        return withView { $0[index] }
    }

    /// Every value, in order (tests and checks).
    var values: [UInt32] { withView { view in (0..<count).map { view[$0] } } }

    /// The arrays as pointers without bounds checks, valid inside `body` only (`IndexView`).
    func withView<R>(_ body: (View) -> R) -> R {
        bases.withUnsafeBufferPointer { bases in
            layouts.withUnsafeBufferPointer { layouts in
                bytes.withUnsafeBufferPointer { bytes in
                    body(View(bases: bases, layouts: layouts, bytes: UnsafeRawPointer(bytes.baseAddress)))
                }
            }
        }
    }

    struct View {
        let bases: UnsafeBufferPointer<UInt32>
        let layouts: UnsafeBufferPointer<UInt64>
        let bytes: UnsafeRawPointer?

        @inline(__always)
        subscript(index: Int) -> UInt32 {
            let block = index >> BlockPackedArray.blockShift
            let layout = layouts[block], width = layout & 0xFF
            let bit = Int(layout >> 8) << 3 + (index & (BlockPackedArray.blockSize - 1)) * Int(width)
            guard let bytes else { return bases[block] }
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self))
            let mask: UInt64 = (1 << width) &- 1
            return bases[block] &+ UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
        }

        /// The values of `range` into `output`, each block's frame read once: the query loops
        /// that read whole lists in order pay little more than for a plain array.
        @inline(__always)
        func decode(_ range: Range<Int>, into output: UnsafeMutablePointer<UInt32>) {
            var index = range.lowerBound, out = output
            while index < range.upperBound {
                let block = index >> BlockPackedArray.blockShift
                let end = min(range.upperBound, (block + 1) << BlockPackedArray.blockShift)
                let layout = layouts[block], base = bases[block], width = Int(layout & 0xFF)
                guard let bytes, width > 0 else {
                    while index < end { out.pointee = base; out += 1; index += 1 }
                    continue
                }
                let mask: UInt64 = (1 << UInt64(width)) &- 1
                var bit = Int(layout >> 8) << 3 + (index & (BlockPackedArray.blockSize - 1)) * width
                while index < end {
                    let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self))
                    out.pointee = base &+ UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
                    out += 1
                    bit += width
                    index += 1
                }
            }
        }
    }
}

extension BlockPackedArray {
    func encode(into writer: inout SnapshotArraysWriter) {
        writer.add([UInt64(count)])
        writer.add(bases)
        writer.add(layouts)
        writer.add(bytes)
    }

    init(from reader: inout SnapshotArraysReader, _ what: String) throws(SnapshotError) {
        let count: FlatArray<UInt64> = try reader.array("\(what) count")
        let bases: FlatArray<UInt32> = try reader.array("\(what) bases")
        let layouts: FlatArray<UInt64> = try reader.array("\(what) layouts")
        let bytes: FlatArray<UInt8> = try reader.array("\(what)")
        guard count.count == 1, count[0] <= UInt64(Int32.max) << 6,
              let packed = Self(count: Int(count[0]), bases: bases, layouts: layouts, bytes: bytes) else {
            throw .malformed("the \(what) blocks do not fit their bytes")
        }
        self = packed
    }
}
