/// A parsed article's paragraphs in one array laid out as `MappedParagraphs` reads them (per
/// paragraph a UInt32 length, then its UTF-8). One `String` per paragraph cost a heap object
/// each, with its header and malloc rounding (800,000 of them at 100,000 articles).
struct PackedParagraphs: Sendable {
    private let bytes: [UInt8]
    let count: Int

    /// Nil when a paragraph is too long for its UInt32 length.
    init?(_ strings: [String]) {
        var size = 0
        for string in strings {
            guard string.utf8.count <= Int(UInt32.max) else { return nil }
            size += 4 + string.utf8.count
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        for string in strings {
            withUnsafeBytes(of: UInt32(string.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: string.utf8)
        }
        self.bytes = bytes
        count = strings.count
    }

    func paragraph(at position: Int) -> String {
        withUTF8(at: position) { String(decoding: $0, as: UTF8.self) }
    }

    func withUTF8<R>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(position >= 0 && position < count, "paragraph index out of range")
        return try bytes.withUnsafeBytes { try body(MappedParagraphs.utf8(at: position, in: $0)) }
    }
}
