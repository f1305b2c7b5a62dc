/// Immutable bytes at a stable address, shared by reference. The engine hands these to
/// `writev` directly, so a precomputed body is written from the same memory by every
/// connection: never copied per request.
public final class SharedBytes: Sendable {
    /// Start of the bytes; immutable for the object's life (hence safe to share).
    nonisolated(unsafe) let base: UnsafeMutableRawPointer
    /// Number of bytes.
    public let count: Int
    /// What keeps borrowed bytes alive (a mapped file); nil when `base` is ours to free.
    private let owner: (any AnyObject & Sendable)?

    /// Copies `bytes` once into stable storage.
    public init<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        owner = nil
        count = bytes.count
        base = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 1)
        let typed = base.bindMemory(to: UInt8.self, capacity: max(count, 1))
        _ = UnsafeMutableBufferPointer(start: typed, count: count).initialize(from: bytes)
    }

    /// `head` followed by `tail`, in one buffer.
    public init(_ head: [UInt8], followedBy tail: SharedBytes) {
        owner = nil
        count = head.count + tail.count
        base = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 1)
        head.withUnsafeBytes { base.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(tail.base), byteCount: head.count) }
        (base + head.count).copyMemory(from: tail.base, byteCount: tail.count)
    }

    /// Bytes that `owner` holds (a read-only file mapping): not copied, never written, never
    /// freed here; `owner` stays alive as long as these bytes do.
    package init(borrowing bytes: UnsafeRawBufferPointer, owner: any AnyObject & Sendable) {
        if let start = bytes.baseAddress, !bytes.isEmpty {
            self.owner = owner
            count = bytes.count
            base = UnsafeMutableRawPointer(mutating: start)
        } else {  // nothing to borrow: an empty buffer of our own, as `init(_:)` makes
            self.owner = nil
            count = 0
            base = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)
        }
    }

    deinit {
        if owner == nil { base.deallocate() }
    }

    /// A copy of the bytes as an array (tests, small bodies).
    public var array: [UInt8] {
        Array(UnsafeRawBufferPointer(start: base, count: count))
    }
}
