/// Reads what `SnapshotWriter` wrote, checking every read against the end of the bytes:
/// a damaged snapshot gives a `SnapshotError`, never a read past the buffer.
package struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    package private(set) var offset: Int

    /// `bytes` must outlive the reader (it is a mapping or a buffer the caller holds).
    package init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    package var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int, _ what: String) throws(SnapshotError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else {
            throw .malformed("\(what) at byte \(offset) runs past the end of the data")
        }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    package mutating func readUInt8(_ what: String) throws(SnapshotError) -> UInt8 {
        try take(1, what)[0]
    }

    package mutating func readUInt32(_ what: String) throws(SnapshotError) -> UInt32 {
        UInt32(littleEndian: try take(4, what).loadUnaligned(as: UInt32.self))
    }

    package mutating func readUInt64(_ what: String) throws(SnapshotError) -> UInt64 {
        UInt64(littleEndian: try take(8, what).loadUnaligned(as: UInt64.self))
    }

    package mutating func readInt(_ what: String) throws(SnapshotError) -> Int {
        let value = Int64(bitPattern: try readUInt64(what))
        guard let int = Int(exactly: value) else { throw .malformed("\(what) at byte \(offset - 8) is out of range") }
        return int
    }

    /// A count that must also fit in what remains (each element takes at least `minimumSize` bytes),
    /// so a corrupted count cannot make the caller reserve gigabytes.
    package mutating func readCount(_ what: String, minimumSize: Int = 1) throws(SnapshotError) -> Int {
        let count = Int(try readUInt32(what))
        guard count <= (bytes.count - offset) / max(minimumSize, 1) else {
            throw .malformed("\(what) \(count) at byte \(offset - 4) is more than the data holds")
        }
        return count
    }

    /// A UInt64 length and that many bytes, as a reader of its own.
    package mutating func readBlock(_ what: String) throws(SnapshotError) -> SnapshotReader {
        let length = try readUInt64(what)
        guard length <= UInt64(bytes.count - offset) else {
            throw .malformed("\(what) of \(length) bytes at byte \(offset - 8) runs past the end of the data")
        }
        return SnapshotReader(try take(Int(length), what))
    }

    package mutating func readDouble(_ what: String) throws(SnapshotError) -> Double {
        Double(bitPattern: try readUInt64(what))
    }

    package mutating func readBool(_ what: String) throws(SnapshotError) -> Bool {
        switch try readUInt8(what) {
        case 0: return false
        case 1: return true
        case let other: throw .malformed("\(what) at byte \(offset - 1) is \(other), not a boolean")
        }
    }

    package mutating func readString(_ what: String) throws(SnapshotError) -> String {
        let count = Int(try readUInt32(what))
        let raw = try take(count, what)
        guard let string = String(validating: raw, as: UTF8.self) else {
            throw .malformed("\(what) at byte \(offset - count) is not valid UTF-8")
        }
        return string
    }

    /// Passes over a string, its length checked (its UTF-8 is not: the caller's section is checksummed).
    mutating func skipString(_ what: String) throws(SnapshotError) {
        _ = try take(Int(try readUInt32(what)), what)
    }

    mutating func skipOptionalString(_ what: String) throws(SnapshotError) {
        if try readBool(what) { try skipString(what) }
    }

    /// The bytes read since `start` (an earlier `offset`), valid as long as the reader's.
    func bytes(from start: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[start..<offset])
    }

    package mutating func readOptionalString(_ what: String) throws(SnapshotError) -> String? {
        try readBool(what) ? try readString(what) : nil
    }

    package mutating func readOptionalInt(_ what: String) throws(SnapshotError) -> Int? {
        try readBool(what) ? try readInt(what) : nil
    }

    /// The bytes of what `SnapshotWriter.write(_: [String])` wrote, each length checked against
    /// them but the strings not made (nor their UTF-8 validated: the caller's section is checksummed).
    mutating func skipStrings(_ what: String) throws(SnapshotError) -> (count: Int, bytes: UnsafeRawBufferPointer) {
        let count = try readCount(what, minimumSize: 4)
        let start = offset
        for _ in 0..<count { _ = try take(Int(try readUInt32(what)), what) }
        return (count, UnsafeRawBufferPointer(rebasing: bytes[start..<offset]))
    }

    package mutating func readStrings(_ what: String) throws(SnapshotError) -> [String] {
        let count = try readCount(what, minimumSize: 4)
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(try readString(what)) }
        return strings
    }
}
