/// A 64-bit checksum over the payload, eight bytes per step so that checking a
/// gigabyte-sized snapshot at start costs a fraction of a second. It catches damage
/// (flipped bits, zeroed pages), not tampering.
enum SnapshotChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let words = bytes.count / 8
        for index in 0..<words {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            hash = (hash ^ word) &* prime
            hash ^= hash >> 29
        }
        for index in (words * 8)..<bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* prime
        }
        return hash ^ UInt64(bytes.count)
    }
}
