/// An article read in place from a snapshot's corpus section: the record `Article.encode`
/// wrote, its bounds and dates checked when the snapshot was opened (`Article.checkRecord`).
/// Each field is made when asked, so a snapshot start holds 16 bytes per article instead of
/// its strings.
struct MappedArticle: @unchecked Sendable {
    /// The record's bytes in the read-only mapping that `owner` keeps alive.
    let record: UnsafeRawBufferPointer
    let owner: MappedSnapshot

    /// The record's fields in the order `Article.encode` writes them.
    private enum Field: Int, CaseIterable {
        case id, title, dateline, author, agency, source, url, publisher, paragraphs, origin, published
    }

    var id: String { value(.id) { $0.string() } }
    var title: String { value(.title) { $0.string() } }
    var author: String? { value(.author) { $0.optionalString() } }
    var agency: String? { value(.agency) { $0.optionalString() } }
    var source: String? { value(.source) { $0.optionalString() } }
    var url: String? { value(.url) { $0.optionalString() } }
    var publisher: String? { value(.publisher) { $0.optionalString() } }

    var dateline: Dateline? {
        var cursor = cursor(at: .dateline)
        guard cursor.bool() else { return nil }
        return Dateline(raw: cursor.string(), place: cursor.optionalString(), day: cursor.optionalInt(), month: cursor.optionalInt())
    }

    var paragraphs: ParagraphText {
        var cursor = cursor(at: .paragraphs)
        let count = cursor.count()
        let start = cursor.offset
        for _ in 0..<count { cursor.skipString() }
        return ParagraphText(mapped: MappedParagraphs(bytes: UnsafeRawBufferPointer(rebasing: record[start..<cursor.offset]),
                                                      count: count, owner: owner))
    }

    var origin: SourceLocation {
        var cursor = cursor(at: .origin)
        return SourceLocation(path: cursor.string(), line: cursor.int())
    }

    var published: PublicationDate? {
        var cursor = cursor(at: .published)
        guard cursor.bool() else { return nil }
        return PublicationDate(year: cursor.int(), month: cursor.int(), day: cursor.int(), secondsOfDay: cursor.optionalInt())
    }

    private func value<Value>(_ field: Field, _ read: (inout RecordCursor) -> Value) -> Value {
        var cursor = cursor(at: field)
        return read(&cursor)
    }

    /// A cursor on `field`, the fields before it skipped.
    private func cursor(at field: Field) -> RecordCursor {
        var cursor = RecordCursor(record)
        for skipped in Field.allCases.prefix(field.rawValue) {
            switch skipped {
            case .id, .title: cursor.skipString()
            case .dateline:
                if cursor.bool() {
                    cursor.skipString()
                    cursor.skipOptionalString()
                    cursor.skipOptionalInt()
                    cursor.skipOptionalInt()
                }
            case .author, .agency, .source, .url, .publisher: cursor.skipOptionalString()
            case .paragraphs: for _ in 0..<cursor.count() { cursor.skipString() }
            case .origin:
                cursor.skipString()
                cursor.skipInt()
            case .published: break
            }
        }
        return cursor
    }
}

/// Reads a record already checked by `SnapshotReader`: a read past it is a bug, not bad
/// input, so it stops the process instead of throwing.
private struct RecordCursor {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    private mutating func take(_ count: Int) -> UnsafeRawBufferPointer {
        precondition(count >= 0 && count <= bytes.count - offset, "snapshot record read past its checked bounds")
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    mutating func count() -> Int { Int(UInt32(littleEndian: take(4).loadUnaligned(as: UInt32.self))) }
    mutating func int() -> Int { Int(Int64(littleEndian: take(8).loadUnaligned(as: Int64.self))) }
    mutating func bool() -> Bool { take(1)[0] != 0 }
    // The corpus section's checksum was verified: these are the bytes the writer took from a String.
    mutating func string() -> String { String(decoding: take(count()), as: UTF8.self) }
    mutating func optionalString() -> String? { bool() ? string() : nil }
    mutating func optionalInt() -> Int? { bool() ? int() : nil }
    mutating func skipString() { _ = take(count()) }
    mutating func skipInt() { _ = take(8) }
    mutating func skipOptionalString() { if bool() { skipString() } }
    mutating func skipOptionalInt() { if bool() { skipInt() } }
}
