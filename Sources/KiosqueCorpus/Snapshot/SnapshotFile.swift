#if canImport(Glibc)
import Glibc
#endif

/// The snapshot's container: a 32-byte header, a section table, then the sections, each
/// starting on a 16-byte boundary of the file (so of the mapping) so that typed arrays can be
/// read in place.
///
///     0  magic    "KIOSQSNP"
///     8  version  UInt32 (little-endian), `SnapshotFile.version`
///    12  sections UInt32, how many entries the table has
///    16  length   UInt64, bytes after the header
///    24  checksum UInt64, `SnapshotChecksum` of the section table
///    32  table    per section: tag UInt32, reserved UInt32, offset UInt64 (from the file's
///                 start), length UInt64, checksum UInt64 of the section's bytes
///
/// Mapping checks magic, version, length, the table's checksum and that every section lies
/// inside the file: a few hundred bytes read. Each section's own checksum is verified by
/// whoever reads the section (`MappedSnapshot.verify`), so a large section can be checked
/// after the server is ready instead of before.
public enum SnapshotFile {
    /// Bumped whenever any structure's encoding changes: an older file is refused, not misread.
    public static let version: UInt32 = 9  // 3: checksummed sections; 4: the API's title words as numbers into a vocabulary; 5: Float posting scores; 6: no article bodies, the entity table in place, compact position starts; 7: the document table in the index section; 8: block-packed posting documents, position starts and score codes; 9: mentions without their UTF-16 range
    static let magic: [UInt8] = Array("KIOSQSNP".utf8)
    static let headerSize = 32
    static let tableEntrySize = 32
    /// Section starts are multiples of this (the widest element read in place is 8 bytes).
    package static let alignment = 16

    /// Whether `path` is a regular file starting with the snapshot magic (the server's test
    /// for `--data FILE`).
    public static func hasSnapshotHeader(path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return false }
        var head = [UInt8](repeating: 0, count: magic.count)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count == magic.count && head == magic
    }

    /// Writes `sections` to `path` through a temporary file renamed into place, so a reader
    /// never sees half a snapshot.
    package static func write(sections: [SnapshotSection], to path: String) throws(SnapshotError) {
        try write(sectionsMadeBy: sections.map { section in { section } }, to: path)
    }

    /// Writes the sections that `makers` return, calling each in turn and writing its bytes
    /// before calling the next, so that only one section (and whatever its maker builds) is
    /// in memory at a time: holding all four at once was a third of a 100,000-article write's
    /// peak. The header and table, known at the end, are written last at the file's start.
    package static func write(sectionsMadeBy makers: [() -> SnapshotSection], to path: String) throws(SnapshotError) {
        let tableEnd = headerSize + makers.count * tableEntrySize
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: temporary, reason: "cannot create: \(errnoText())") }
        var table = SnapshotWriter(reservingCapacity: makers.count * tableEntrySize)
        var written = writeAll(descriptor, [UInt8](repeating: 0, count: tableEnd))
        var position = tableEnd
        for make in makers where written {
            let section = make()
            let offset = aligned(position)
            table.write(section.tag.rawValue)
            table.write(UInt32(0))
            table.write(UInt64(offset))
            table.write(UInt64(section.bytes.count))
            table.write(section.bytes.withUnsafeBytes { SnapshotChecksum.of($0) })
            written = writeAll(descriptor, [UInt8](repeating: 0, count: offset - position)) && writeAll(descriptor, section.bytes)
            position = offset + section.bytes.count
        }
        var header = SnapshotWriter(reservingCapacity: headerSize)
        for byte in magic { header.write(byte) }
        header.write(version)
        header.write(UInt32(makers.count))
        header.write(UInt64(position - headerSize))
        header.write(table.bytes.withUnsafeBytes { SnapshotChecksum.of($0) })
        written = written && lseek(descriptor, 0, SEEK_SET) == 0 && writeAll(descriptor, header.bytes + table.bytes)
        written = written && fsync(descriptor) == 0
        let reason = errnoText()
        close(descriptor)
        guard written else {
            unlink(temporary)
            throw .io(path: temporary, reason: "cannot write: \(reason)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw .io(path: path, reason: "cannot rename into place: \(reason)")
        }
    }

    static func aligned(_ offset: Int) -> Int {
        (offset + alignment - 1) / alignment * alignment
    }

    /// Maps `path` and validates its header and section table (not the sections' checksums).
    public static func map(path: String) throws(SnapshotError) -> MappedSnapshot {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: path, reason: "cannot open: \(errnoText())") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .io(path: path, reason: "cannot stat: \(errnoText())") }
        let size = Int(status.st_size)
        guard size >= magic.count else {
            throw size == 0 ? .notASnapshot(path: path) : .truncated(path: path, expectedBytes: UInt64(headerSize), actualBytes: UInt64(size))
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw .io(path: path, reason: "cannot map: \(errnoText())")
        }
        return try MappedSnapshot(bytes: UnsafeRawBufferPointer(start: address, count: size), path: path)
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

/// One section to write: what it holds (its tag) and its bytes.
package struct SnapshotSection {
    package let tag: SnapshotTag
    package let bytes: [UInt8]

    package init(_ tag: SnapshotTag, _ bytes: [UInt8]) {
        self.tag = tag
        self.bytes = bytes
    }
}

/// What a section holds: four ASCII letters, little-endian in the table.
package struct SnapshotTag: Hashable, Sendable, CustomStringConvertible {
    package let rawValue: UInt32

    package init(_ letters: StaticString) {
        precondition(letters.utf8CodeUnitCount == 4, "a section tag has four letters")
        var value: UInt32 = 0
        for index in (0..<4).reversed() { value = value << 8 | UInt32(letters.utf8Start[index]) }
        rawValue = value
    }

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    package var description: String {
        String(decoding: (0..<4).map { UInt8(truncatingIfNeeded: rawValue >> ($0 * 8)) }, as: UTF8.self)
    }

    /// The corpus: articles, load report, entities and their resolution.
    package static let corpus = SnapshotTag("CORP")
    /// Each article's entities and mentions, flat arrays read in place (`ArticleEntityTable`).
    package static let entityTable = SnapshotTag("ENTS")
}
