#if canImport(Glibc)
import Glibc
#endif

/// A snapshot file mapped read-only; unmapped when the last reference goes. Its pages belong
/// to the page cache: shared between processes mapping the same file, and evictable. Whatever
/// points into the mapping (prepared bodies, index arrays) keeps this object alive.
public final class MappedSnapshot: @unchecked Sendable {
    /// Never written after `init` (the mapping is read-only).
    private let bytes: UnsafeRawBufferPointer
    public let path: String
    private let sections: [SnapshotTag: Entry]

    private struct Entry {
        let range: Range<Int>
        let checksum: UInt64
    }

    /// Takes ownership of the mapping `bytes` (unmapped on failure too) and checks its header and table.
    init(bytes: UnsafeRawBufferPointer, path: String) throws(SnapshotError) {
        self.bytes = bytes
        self.path = path
        do {
            sections = try Self.readTable(bytes, path: path)
        } catch {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
            throw error
        }
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    /// Total bytes, header included.
    public var size: Int { bytes.count }

    /// The tags of the sections this file holds.
    package var tags: Set<SnapshotTag> { Set(sections.keys) }

    /// The bytes of section `tag`, 16-byte aligned, valid while `self` is alive; nil when the
    /// file has no such section. Not checksummed: call `verify` first or soon after.
    package func section(_ tag: SnapshotTag) -> UnsafeRawBufferPointer? {
        sections[tag].map { UnsafeRawBufferPointer(rebasing: bytes[$0.range]) }
    }

    /// Checks section `tag` against its checksum (reads every page of it).
    package func verify(_ tag: SnapshotTag) throws(SnapshotError) {
        guard let entry = sections[tag] else { throw .malformed("\(path): no \(tag) section") }
        guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[entry.range])) == entry.checksum else {
            throw .corrupted(path: path, section: tag.description)
        }
    }

    private static func readTable(_ bytes: UnsafeRawBufferPointer, path: String) throws(SnapshotError) -> [SnapshotTag: Entry] {
        guard Array(bytes[0..<SnapshotFile.magic.count]) == SnapshotFile.magic else { throw .notASnapshot(path: path) }
        guard bytes.count >= SnapshotFile.headerSize else {
            throw .truncated(path: path, expectedBytes: UInt64(SnapshotFile.headerSize), actualBytes: UInt64(bytes.count))
        }
        var header = SnapshotReader(bytes, offset: SnapshotFile.magic.count)
        let version = try header.readUInt32("version")
        guard version == SnapshotFile.version else {
            throw .wrongVersion(path: path, found: version, expected: SnapshotFile.version)
        }
        let count = Int(try header.readUInt32("section count"))
        let length = try header.readUInt64("length")
        let checksum = try header.readUInt64("table checksum")
        let actual = UInt64(bytes.count - SnapshotFile.headerSize)
        guard length == actual else {
            throw length > actual
                ? .truncated(path: path, expectedBytes: length + UInt64(SnapshotFile.headerSize), actualBytes: UInt64(bytes.count))
                : .malformed("\(path): \(actual - length) bytes after the last section")
        }
        let tableEnd = SnapshotFile.headerSize + count * SnapshotFile.tableEntrySize
        guard count <= 1024, tableEnd <= bytes.count else { throw .malformed("\(path): \(count) sections do not fit the file") }
        let tableBytes = UnsafeRawBufferPointer(rebasing: bytes[SnapshotFile.headerSize..<tableEnd])
        guard SnapshotChecksum.of(tableBytes) == checksum else { throw .corrupted(path: path, section: "table") }
        var table = SnapshotReader(tableBytes)
        var entries: [SnapshotTag: Entry] = [:]
        for _ in 0..<count {
            let tag = SnapshotTag(rawValue: try table.readUInt32("section tag"))
            _ = try table.readUInt32("reserved")
            let offset = try table.readUInt64("section offset"), size = try table.readUInt64("section length")
            let sum = try table.readUInt64("section checksum")
            guard offset >= UInt64(tableEnd), offset % UInt64(SnapshotFile.alignment) == 0, size <= UInt64(bytes.count),
                  offset <= UInt64(bytes.count) - size, entries[tag] == nil else {
                throw .malformed("\(path): section \(tag) at \(offset) (\(size) bytes) is misplaced or repeated")
            }
            entries[tag] = Entry(range: Int(offset)..<Int(offset + size), checksum: sum)
        }
        return entries
    }
}
