#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only array of plain values at a stable address: either storage of its own, or a
/// typed view into a snapshot's mapping (kept alive by `owner`), so that a snapshot start
/// reads the index's large lists in place instead of copying them.
package struct FlatArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// Never written once built; valid while `owner` lives.
    private let buffer: UnsafeBufferPointer<Element>
    private let owner: AnyObject

    package init(_ values: [Element]) {
        let storage = FlatStorage(byteCount: values.count * MemoryLayout<Element>.stride, alignment: MemoryLayout<Element>.alignment)
        let typed = storage.base.bindMemory(to: Element.self, capacity: values.count)
        _ = UnsafeMutableBufferPointer(start: typed, count: values.count).initialize(from: values)
        buffer = UnsafeBufferPointer(start: typed, count: values.count)
        owner = storage
    }

    /// `count` zeroed elements that `fill` writes once (the index builder writes its lists in place).
    package init(zeroed count: Int, fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
        let storage = FlatStorage(zeroedByteCount: count * MemoryLayout<Element>.stride, alignment: MemoryLayout<Element>.alignment)
        let typed = storage.base.bindMemory(to: Element.self, capacity: count)
        fill(UnsafeMutableBufferPointer(start: typed, count: count))
        buffer = UnsafeBufferPointer(start: typed, count: count)
        owner = storage
    }

    /// `count` zeroed elements and the buffer to write them through, before the array is shared
    /// (the index builder writes its lists in place, from several threads).
    package static func allocate(zeroed count: Int) -> (array: FlatArray, buffer: UnsafeMutableBufferPointer<Element>) {
        var written = UnsafeMutableBufferPointer<Element>(start: nil, count: 0)
        let array = FlatArray(zeroed: count) { written = $0 }
        return (array, written)
    }

    /// A view of `bytes` (aligned for `Element`, a whole number of elements) that `owner` holds.
    init(viewing bytes: UnsafeRawBufferPointer, owner: MappedSnapshot) {
        buffer = bytes.assumingMemoryBound(to: Element.self)
        self.owner = owner
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { buffer.count }

    package subscript(position: Int) -> Element {
        precondition(position >= 0 && position < buffer.count, "index out of range")
        return buffer[position]
    }

    package func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(buffer)
    }
}

/// Memory a `FlatArray` owns, freed with it.
private final class FlatStorage {
    let base: UnsafeMutableRawPointer
    /// Whether `base` came from `calloc` (freed by `free`) rather than from `allocate`.
    private let fromCalloc: Bool

    init(byteCount: Int, alignment: Int) {
        base = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: max(alignment, 16))
        fromCalloc = false
    }

    /// Zeroed memory. `calloc` gets large blocks as fresh pages, which the system hands out
    /// zeroed: the index's lists (hundreds of megabytes at 100,000 articles) skip a pass of
    /// zeroing on one core, and their pages are first touched by the threads that fill them.
    init(zeroedByteCount byteCount: Int, alignment: Int) {
        // `calloc` aligns for any standard type (16 bytes on 64-bit glibc), enough for the
        // plain integers these arrays hold.
        if alignment <= 16, let memory = calloc(1, max(byteCount, 1)) {
            base = memory
            fromCalloc = true
        } else {
            base = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: max(alignment, 16))
            base.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
            fromCalloc = false
        }
    }

    deinit {
        if fromCalloc { free(base) } else { base.deallocate() }
    }
}
