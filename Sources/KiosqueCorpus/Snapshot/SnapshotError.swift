/// Why a snapshot file was refused. The executable prints it and exits 2.
public enum SnapshotError: Error, Equatable, CustomStringConvertible {
    /// The file does not start with the snapshot magic.
    case notASnapshot(path: String)
    /// Written by another format version of kiosque.
    case wrongVersion(path: String, found: UInt32, expected: UInt32)
    /// Shorter than its header says.
    case truncated(path: String, expectedBytes: UInt64, actualBytes: UInt64)
    /// A section's checksum (or the section table's) does not match its bytes.
    case corrupted(path: String, section: String)
    /// The payload decodes to something impossible (a reader found it).
    case malformed(String)
    /// The file could not be opened, read or written.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .notASnapshot(let path):
            return "\(path): not a kiosque snapshot (no snapshot header)"
        case .wrongVersion(let path, let found, let expected):
            return "\(path): snapshot format version \(found), this kiosque reads version \(expected); write it again with `kiosque snapshot`"
        case .truncated(let path, let expected, let actual):
            return "\(path): truncated snapshot: \(actual) bytes, the header announces \(expected)"
        case .corrupted(let path, let section):
            return "\(path): corrupted snapshot: the checksum of its \(section) section does not match the content"
        case .malformed(let reason):
            return "malformed snapshot: \(reason)"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
