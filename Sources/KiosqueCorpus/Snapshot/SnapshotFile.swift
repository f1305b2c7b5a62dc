#if canImport(Glibc)
import Glibc
#endif

/// The snapshot's container: a 32-byte header, then the payload.
///
///     0  magic    "KIOSQSNP"
///     8  version  UInt32 (little-endian), `SnapshotFile.version`
///    12  reserved UInt32, zero
///    16  length   UInt64, payload bytes
///    24  checksum UInt64, `SnapshotChecksum` of the payload
///
/// Reading maps the file read-only and checks magic, version, length and checksum before any
/// payload byte is decoded.
public enum SnapshotFile {
    /// Bumped whenever any structure's encoding changes: an older file is refused, not misread.
    public static let version: UInt32 = 2  // 2: articles carry their publication date
    static let magic: [UInt8] = Array("KIOSQSNP".utf8)
    static let headerSize = 32

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

    /// Writes header and payload to `path` through a temporary file renamed into place, so a
    /// reader never sees half a snapshot.
    public static func write(payload: [UInt8], to path: String) throws(SnapshotError) {
        var header = SnapshotWriter(reservingCapacity: headerSize)
        for byte in magic { header.write(byte) }
        header.write(version)
        header.write(UInt32(0))
        header.write(UInt64(payload.count))
        header.write(payload.withUnsafeBytes { SnapshotChecksum.of($0) })
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: temporary, reason: "cannot create: \(errnoText())") }
        let written = writeAll(descriptor, header.bytes) && writeAll(descriptor, payload) && fsync(descriptor) == 0
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

    /// Maps `path` and validates its header and checksum.
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
        let mapping = MappedSnapshot(bytes: UnsafeRawBufferPointer(start: address, count: size), path: path)
        try mapping.validate()
        return mapping
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

/// A snapshot file mapped read-only; unmapped when the last reference goes. Its pages belong
/// to the page cache: shared between processes mapping the same file, and evictable.
public final class MappedSnapshot: @unchecked Sendable {
    /// Never written after `init` (the mapping is read-only).
    private let bytes: UnsafeRawBufferPointer
    public let path: String

    init(bytes: UnsafeRawBufferPointer, path: String) {
        self.bytes = bytes
        self.path = path
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    /// Total bytes, header included.
    public var size: Int { bytes.count }

    /// A reader positioned at the payload's first byte. Valid while `self` is alive.
    package func payloadReader() -> SnapshotReader {
        SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[SnapshotFile.headerSize...]))
    }

    fileprivate func validate() throws(SnapshotError) {
        guard Array(bytes[0..<SnapshotFile.magic.count]) == SnapshotFile.magic else { throw .notASnapshot(path: path) }
        guard bytes.count >= SnapshotFile.headerSize else {
            throw .truncated(path: path, expectedBytes: UInt64(SnapshotFile.headerSize), actualBytes: UInt64(bytes.count))
        }
        var header = SnapshotReader(bytes, offset: SnapshotFile.magic.count)
        let version = try header.readUInt32("version")
        guard version == SnapshotFile.version else {
            throw .wrongVersion(path: path, found: version, expected: SnapshotFile.version)
        }
        _ = try header.readUInt32("reserved")
        let length = try header.readUInt64("payload length")
        let checksum = try header.readUInt64("checksum")
        let actual = UInt64(bytes.count - SnapshotFile.headerSize)
        guard length == actual else {
            throw length > actual
                ? .truncated(path: path, expectedBytes: length + UInt64(SnapshotFile.headerSize), actualBytes: UInt64(bytes.count))
                : .malformed("\(path): \(actual - length) bytes after the payload")
        }
        guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[SnapshotFile.headerSize...])) == checksum else {
            throw .corrupted(path: path)
        }
    }
}
