/// A section made of flat arrays, one after the other in the order a structure writes them
/// and reads them back: each is a 16-byte entry (count UInt64, element size UInt32, reserved
/// UInt32) then its elements, padded to 16 bytes, so that it can be viewed in place. A
/// structure adds a list by writing and reading one more array.
package struct SnapshotArraysWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func add<Element: BitwiseCopyable>(_ values: some Collection<Element>) {
        var entry = SnapshotWriter(reservingCapacity: 16)
        entry.write(UInt64(values.count))
        entry.write(UInt32(MemoryLayout<Element>.stride))
        entry.write(UInt32(0))
        bytes += entry.bytes
        for value in values { withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) } }
        bytes += [UInt8](repeating: 0, count: SnapshotFile.aligned(bytes.count) - bytes.count)
    }

    /// Strings as their UTF-8 bytes and the starts of each (one more at the end).
    package mutating func add(strings: [String]) {
        var starts: [UInt32] = [0]
        var utf8: [UInt8] = []
        for string in strings {
            utf8 += string.utf8
            starts.append(UInt32(utf8.count))
        }
        add(starts)
        add(utf8)
    }
}

/// Reads what `SnapshotArraysWriter` wrote, in the same order, checking every entry's size
/// and bounds: a damaged section gives a `SnapshotError`, never a read out of the mapping.
package struct SnapshotArraysReader {
    private let bytes: UnsafeRawBufferPointer
    private let mapping: MappedSnapshot
    private var offset = 0

    /// Reads section `tag` of `mapping` (16-byte aligned there).
    package init(_ tag: SnapshotTag, of mapping: MappedSnapshot) throws(SnapshotError) {
        guard let bytes = mapping.section(tag) else { throw .malformed("\(mapping.path): no \(tag) section") }
        self.bytes = bytes
        self.mapping = mapping
    }

    package var isAtEnd: Bool { offset == bytes.count }

    /// The next array, viewed in place.
    package mutating func array<Element: BitwiseCopyable>(_ what: String, of type: Element.Type = Element.self)
        throws(SnapshotError) -> FlatArray<Element> {
        var header = SnapshotReader(bytes, offset: offset)
        let count = try header.readUInt64(what)
        let size = Int(try header.readUInt32(what))
        _ = try header.readUInt32(what)
        let stride = MemoryLayout<Element>.stride
        guard size == stride, count <= UInt64((bytes.count - header.offset) / stride) else {
            throw .malformed("\(mapping.path): \(what) (\(count) × \(size) bytes at \(offset)) does not fit its section")
        }
        let start = header.offset, end = start + Int(count) * stride
        offset = SnapshotFile.aligned(end)
        guard offset <= bytes.count else { throw .malformed("\(mapping.path): \(what) runs past its section") }
        return FlatArray(viewing: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), owner: mapping)
    }

    /// The next array, copied into a Swift array (small lists that code reads as arrays).
    package mutating func copy<Element: BitwiseCopyable>(_ what: String, of type: Element.Type = Element.self)
        throws(SnapshotError) -> [Element] {
        let view: FlatArray<Element> = try array(what)
        return view.withUnsafeBufferPointer { Array($0) }
    }

    /// Strings written by `add(strings:)`.
    package mutating func strings(_ what: String) throws(SnapshotError) -> [String] {
        let starts: FlatArray<UInt32> = try array("\(what) starts")
        let utf8: FlatArray<UInt8> = try array(what)
        guard let first = starts.first, first == 0, let last = starts.last, Int(last) == utf8.count else {
            throw .malformed("\(mapping.path): \(what) starts do not match their bytes")
        }
        var strings: [String] = []
        strings.reserveCapacity(starts.count - 1)
        let decoded = utf8.withUnsafeBufferPointer { bytes -> [String]? in
            for index in 1..<starts.count {
                let lower = Int(starts[index - 1]), upper = Int(starts[index])
                guard lower <= upper, let string = String(validating: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self) else {
                    return nil
                }
                strings.append(string)
            }
            return strings
        }
        guard let decoded else { throw .malformed("\(mapping.path): \(what) out of order or not UTF-8") }
        return decoded
    }
}
