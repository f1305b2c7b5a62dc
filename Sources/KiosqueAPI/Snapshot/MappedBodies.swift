import KiosqueCorpus
import KiosqueHTTP

/// The prepared bodies section of a snapshot (tag `RESP`), served in place: each body handed
/// out is a slice of the mapping (`SharedBytes(borrowing:)`), written to sockets from there.
///
///     0   kinds   UInt32 (= BodyKind.allCases.count), reserved UInt32
///     8   counts  UInt64 per kind, then zeros up to a 16-byte boundary
///         records 32 bytes per body, kind after kind: offset UInt64 (in the data), stored
///                 UInt32 (bytes), identity UInt32 (bytes once inflated), hash UInt64 (the
///                 ETag's), form UInt32 (0 identity, 1 gzip), reserved UInt32
///         data    the bodies' stored bytes, from a 16-byte boundary
///
/// Every body is `application/json`; `Cache-Control` comes from this start's configuration.
struct MappedBodies: PreparedBodies {
    static let tag = SnapshotTag("RESP")
    static let recordSize = 32

    private let mapping: MappedSnapshot
    /// Slices of the read-only mapping, which `mapping` keeps alive: safe to share.
    nonisolated(unsafe) private let records: UnsafeRawBufferPointer
    nonisolated(unsafe) private let data: UnsafeRawBufferPointer
    /// Where each kind's records start, in records.
    private let firsts: [Int]
    private let counts: [Int]
    /// Set by the API from this start's configuration (not stored in the snapshot).
    var cacheControl: String?

    /// Reads the section's layout and checks every record against the data's bounds (the
    /// records, not the bodies: a few MB at 100,000 articles).
    init(mapping: MappedSnapshot) throws(SnapshotError) {
        guard let section = mapping.section(Self.tag) else { throw .malformed("\(mapping.path): no prepared responses section") }
        var reader = SnapshotReader(section)
        let kinds = Int(try reader.readUInt32("response kinds"))
        _ = try reader.readUInt32("reserved")
        guard kinds == BodyKind.allCases.count else {
            throw .malformed("\(mapping.path): \(kinds) kinds of prepared response, expected \(BodyKind.allCases.count)")
        }
        var counts: [Int] = []
        for kind in BodyKind.allCases {
            let count = try reader.readUInt64("\(kind) responses")
            guard count <= UInt64(section.count / Self.recordSize) else { throw .malformed("\(mapping.path): \(count) \(kind) responses") }
            counts.append(Int(count))
        }
        let recordsStart = Self.aligned(reader.offset)
        let total = counts.reduce(0, +)
        let dataStart = Self.aligned(recordsStart + total * Self.recordSize)
        guard dataStart <= section.count else { throw .malformed("\(mapping.path): \(total) response records overrun their section") }
        self.mapping = mapping
        self.counts = counts
        firsts = counts.indices.map { counts[..<$0].reduce(0, +) }
        records = UnsafeRawBufferPointer(rebasing: section[recordsStart..<recordsStart + total * Self.recordSize])
        data = UnsafeRawBufferPointer(rebasing: section[dataStart...])
        for index in 0..<total {
            let record = Record(records, index)
            guard record.form <= 1, record.offset <= UInt64(data.count), UInt64(record.stored) <= UInt64(data.count) - record.offset else {
                throw .malformed("\(mapping.path): response record \(index) points outside the data")
            }
        }
    }

    func count(_ kind: BodyKind) -> Int {
        counts[kind.rawValue]
    }

    func body(_ kind: BodyKind, at position: Int) -> PreparedBody? {
        guard position >= 0, position < counts[kind.rawValue] else { return nil }
        let record = Record(records, firsts[kind.rawValue] + position)
        let start = Int(record.offset)
        let bytes = SharedBytes(borrowing: UnsafeRawBufferPointer(rebasing: data[start..<start + Int(record.stored)]), owner: mapping)
        let gzip = record.form == 1
        return PreparedBody(identity: gzip ? nil : bytes, gzip: gzip ? bytes : nil, identityCount: Int(record.identity),
                            hash: Self.hex(record.hash), contentType: "application/json", cacheControl: cacheControl)
    }

    static func aligned(_ offset: Int) -> Int {
        (offset + 15) & ~15
    }

    /// 16 lowercase hex digits, as `ContentHash` writes them.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// One 32-byte record, read in place (records start on a 16-byte boundary).
    private struct Record {
        let offset: UInt64, stored: UInt32, identity: UInt32, hash: UInt64, form: UInt32

        init(_ records: UnsafeRawBufferPointer, _ index: Int) {
            let base = index * MappedBodies.recordSize
            offset = UInt64(littleEndian: records.load(fromByteOffset: base, as: UInt64.self))
            stored = UInt32(littleEndian: records.load(fromByteOffset: base + 8, as: UInt32.self))
            identity = UInt32(littleEndian: records.load(fromByteOffset: base + 12, as: UInt32.self))
            hash = UInt64(littleEndian: records.load(fromByteOffset: base + 16, as: UInt64.self))
            form = UInt32(littleEndian: records.load(fromByteOffset: base + 24, as: UInt32.self))
        }
    }
}

extension MemoryBodies {
    /// The `RESP` section that `MappedBodies` reads.
    func section() -> SnapshotSection {
        var head = SnapshotWriter()
        head.write(UInt32(BodyKind.allCases.count))
        head.write(UInt32(0))
        for kind in BodyKind.allCases { head.write(UInt64(count(kind))) }
        var out = SnapshotWriter(reservingCapacity: 1 << 20)
        out.append(head.bytes)
        out.append([UInt8](repeating: 0, count: MappedBodies.aligned(head.bytes.count) - head.bytes.count))
        var data = SnapshotWriter(reservingCapacity: 1 << 20)
        for table in tables {
            for body in table {
                let gzip = body.gzip
                let stored = gzip ?? body.identity
                out.write(UInt64(data.bytes.count))
                out.write(UInt32(stored.count))
                out.write(UInt32(body.identityCount))
                out.write(UInt64(body.contentHash, radix: 16) ?? 0)
                out.write(UInt32(gzip == nil ? 0 : 1))
                out.write(UInt32(0))
                data.append(stored.array)
            }
        }
        out.append([UInt8](repeating: 0, count: MappedBodies.aligned(out.bytes.count) - out.bytes.count))
        out.append(data.bytes)
        return SnapshotSection(MappedBodies.tag, out.bytes)
    }
}
