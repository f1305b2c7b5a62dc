/// Distinct byte strings numbered 0, 1, 2… in insertion order, found by their bytes with no
/// allocation (open addressing over flat arrays): the index meets each word of the corpus
/// thousands of times and analyses it once.
struct SpanTable: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Per entry: start of its bytes (one more entry at the end).
    private(set) var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Entry number + 1 per slot, 0 when empty; the count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    var count: Int { hashes.count }

    init() {}

    /// The four lists as `lists` gives them (a snapshot's).
    init(lists: (bytes: [UInt8], starts: [Int32], hashes: [UInt64], slots: [Int32])) {
        (bytes, starts, hashes, slots) = lists
    }

    /// Everything the table is, for a snapshot.
    var lists: (bytes: [UInt8], starts: [Int32], hashes: [UInt64], slots: [Int32]) { (bytes, starts, hashes, slots) }

    /// The entry with these bytes, if any.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot] - 1
                if entry < 0 { return nil }
                if hashes[Int(entry)] == hash && equals(Int(entry), key) { return entry }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds bytes that `find` did not find; returns their number.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let entry = Int32(count)
        bytes.append(contentsOf: key)
        starts.append(Int32(bytes.count))
        hashes.append(hash)
        if count * 2 > slots.count { grow() } else { place(entry, hash: hash) }
        return entry
    }

    /// The bytes of an entry.
    func withBytes<R>(of entry: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(starts[entry])..<Int(starts[entry + 1])]))
        }
    }

    func string(of entry: Int) -> String {
        withBytes(of: entry) { String(decoding: $0, as: UTF8.self) }
    }

    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[entry]), end = Int(starts[entry + 1])
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            // Words are short: compare them eight bytes at a time, inline.
            guard let stored = all.baseAddress.map(UnsafeRawPointer.init), let wanted = key.baseAddress.map(UnsafeRawPointer.init) else {
                return key.isEmpty
            }
            var index = 0
            while index + 8 <= key.count {
                if stored.loadUnaligned(fromByteOffset: start + index, as: UInt64.self)
                    != wanted.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
                index += 8
            }
            while index < key.count {
                if all[start + index] != key[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func place(_ entry: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry + 1
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in 0..<count { place(Int32(entry), hash: hashes[entry]) }
    }

    /// A fast 64-bit hash of bytes (multiply–rotate over 8-byte words): spans are short.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= key.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < key.count {
            tail |= UInt64(key[index]) << shift
            shift += 8
            index += 1
        }
        return mix(mix(hash ^ tail))
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0xFF51_AFD7_ED55_8CCD
        return (product ^ (product >> 32)) &* 0xC4CE_B9FE_1A85_EC53
    }
}
