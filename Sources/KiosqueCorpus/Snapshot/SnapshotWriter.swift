/// Appends the snapshot's primitive values to a byte buffer: little-endian integers,
/// length-prefixed UTF-8 strings. Each structure's `+Snapshot` extension writes itself
/// with these, so a layout change stays local to that structure.
package struct SnapshotWriter {
    package private(set) var bytes: [UInt8] = []

    package init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    package mutating func append(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }

    package mutating func write(_ value: UInt8) {
        bytes.append(value)
    }

    package mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Signed integers are stored as two's-complement 64-bit values.
    package mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    package mutating func write(_ value: Double) {
        write(value.bitPattern)
    }

    package mutating func write(_ value: Bool) {
        write(UInt8(value ? 1 : 0))
    }

    package mutating func write(_ string: String) {
        let utf8 = string.utf8
        write(UInt32(clamping: utf8.count))
        bytes.append(contentsOf: utf8)
    }

    /// A presence byte, then the string when there is one.
    package mutating func write(_ string: String?) {
        write(string != nil)
        if let string { write(string) }
    }

    package mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    package mutating func write(_ strings: [String]) {
        write(UInt32(clamping: strings.count))
        for string in strings { write(string) }
    }
}
