/// Section checksums left to check once the server is ready, so that a start does not read
/// every page of a large file first. Only sections whose every read is bounds-checked are
/// deferred: damage there can give a wrong answer until the check fails, never a read outside
/// the mapping. The server stops with exit 2 when `run` throws.
public struct DeferredVerification: Sendable {
    private let mapping: MappedSnapshot
    private let tags: [SnapshotTag]

    package init(mapping: MappedSnapshot, tags: [SnapshotTag]) {
        self.mapping = mapping
        self.tags = tags
    }

    /// The tags of the sections left to check (`RESP`, …).
    public var sections: [String] { tags.map(\.description) }

    /// Checks each section against its checksum (reads every page of them).
    public func run() throws(SnapshotError) {
        for tag in tags { try mapping.verify(tag) }
    }
}
