/// An article's body paragraphs: their UTF-8 packed in one array (a parsed article), or in a
/// snapshot's mapping, made into a `String` only when one is asked for. A snapshot start then
/// keeps no copy of the text: its pages stay in the page cache, shared and evictable; a raw
/// start keeps one heap object per article instead of one `String` per paragraph.
public struct ParagraphText: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private enum Storage {
        case strings([String])
        case packed(PackedParagraphs)
        case mapped(MappedParagraphs)
    }

    private let storage: Storage

    public init(_ strings: [String]) {
        // Strings stay apart only when one is too long for the packed length.
        storage = PackedParagraphs(strings).map { .packed($0) } ?? .strings(strings)
    }

    public init(arrayLiteral paragraphs: String...) {
        self.init(paragraphs)
    }

    init(mapped: MappedParagraphs) {
        storage = .mapped(mapped)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .strings(let strings): strings.count
        case .packed(let packed): packed.count
        case .mapped(let mapped): mapped.count
        }
    }

    public subscript(position: Int) -> String {
        switch storage {
        case .strings(let strings): strings[position]
        case .packed(let packed): packed.paragraph(at: position)
        case .mapped(let mapped): mapped.paragraph(at: position)
        }
    }

    /// Calls `body` with the UTF-8 of the paragraph at `position`, without making a `String` of
    /// packed or mapped text (the index tokenizes bytes).
    public func withUTF8<R>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .strings(let strings):
            var string = strings[position]
            return try string.withUTF8(body)
        case .packed(let packed): return try packed.withUTF8(at: position, body)
        case .mapped(let mapped): return try mapped.withUTF8(at: position, body)
        }
    }

    /// The paragraphs as an array (copies them out of a mapping).
    public var strings: [String] {
        switch storage {
        case .strings(let strings): strings
        case .packed, .mapped: Array(self)
        }
    }

    public static func == (left: ParagraphText, right: ParagraphText) -> Bool {
        left.elementsEqual(right)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for paragraph in self { hasher.combine(paragraph) }
    }
}

/// Paragraphs as a snapshot's corpus section writes them (`SnapshotWriter.write(_: [String])`:
/// per paragraph a UInt32 length then its UTF-8), read in place. Every length was checked
/// against the region when the article was read, so a lookup never leaves it.
struct MappedParagraphs: @unchecked Sendable {
    /// The paragraphs' bytes in the read-only mapping that `owner` keeps alive.
    let bytes: UnsafeRawBufferPointer
    let count: Int
    let owner: MappedSnapshot

    func paragraph(at position: Int) -> String {
        // The section's checksum was verified: these are the bytes the writer took from a String.
        withUTF8(at: position) { String(decoding: $0, as: UTF8.self) }
    }

    func withUTF8<R>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(position >= 0 && position < count, "paragraph index out of range")
        return try body(Self.utf8(at: position, in: bytes))
    }

    /// The UTF-8 of the `position`th paragraph of length-prefixed runs that hold more than `position`.
    static func utf8(at position: Int, in bytes: UnsafeRawBufferPointer) -> UnsafeBufferPointer<UInt8> {
        func length(at offset: Int) -> Int {
            Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        }
        var offset = 0
        for _ in 0..<position { offset += 4 + length(at: offset) }
        let length = length(at: offset)
        return UnsafeRawBufferPointer(rebasing: bytes[offset + 4..<offset + 4 + length]).assumingMemoryBound(to: UInt8.self)
    }
}
