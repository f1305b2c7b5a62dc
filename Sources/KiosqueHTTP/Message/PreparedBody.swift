import Synchronization

/// A response body prepared once: its identity bytes, its gzip bytes when compressing pays,
/// and a strong ETag for each. Serving it compresses and copies nothing, except when only the
/// gzip form is kept (`keepIdentity: false`): then an identity client gets it inflated, once
/// while `InflatedBodies`' budget lasts, per request after.
public final class PreparedBody: Sendable {
    /// The identity bytes when kept (always when there is no gzip form).
    private let storedIdentity: SharedBytes?
    /// The uncompressed representation: the stored bytes, or the gzip form inflated anew.
    public var identity: SharedBytes {
        if let storedIdentity { return storedIdentity }
        if let kept = inflated.withLock({ $0 }) { return kept }
        // Our own deflate output of a known size: inflating it cannot fail short of memory.
        let bytes = SharedBytes(gzip.flatMap { Gzip.decompress($0.array, limit: identityCount) } ?? [])
        if InflatedBodies.reserve(bytes.count) {
            let raced = inflated.withLock { kept in
                if kept != nil { return true }
                kept = bytes
                return false
            }
            if raced { InflatedBodies.release(bytes.count) }
        }
        return bytes
    }
    /// The identity form inflated from `gzip` and kept (see `InflatedBodies`).
    private let inflated = Mutex<SharedBytes?>(nil)
    /// Length of the identity representation.
    public let identityCount: Int
    /// The gzip representation, when the type is compressible and the body large enough.
    public let gzip: SharedBytes?
    /// Strong ETag of the identity representation (a quoted content hash).
    public let etag: String
    /// Strong ETag of the gzip representation (a different representation needs a different tag).
    public let gzipETag: String
    public let contentType: String
    /// `Cache-Control` to send with it, if any.
    public let cacheControl: String?
    /// Its responses' header lines, built once per representation.
    let heads = PreparedHeads()

    /// Prepares `bytes`: hashes them and, if worth it, compresses them once. With
    /// `keepIdentity` false only the gzip form is stored when there is one: about a third of
    /// the memory, for bodies that clients nearly always take compressed.
    public convenience init(bytes: [UInt8], contentType: String, cacheControl: String? = nil, compressionLevel: Int32 = 6,
                            keepIdentity: Bool = true) {
        self.init(bytes: bytes, contentType: contentType, cacheControl: cacheControl, keepIdentity: keepIdentity) {
            Gzip.compress($0, level: compressionLevel)
        }
    }

    /// As above, compressed by `deflater` (at its level): for the many bodies built at start.
    public convenience init(bytes: [UInt8], contentType: String, cacheControl: String?, keepIdentity: Bool,
                            deflater: GzipDeflater) {
        self.init(bytes: bytes, contentType: contentType, cacheControl: cacheControl, keepIdentity: keepIdentity,
                  compress: deflater.compress)
    }

    private init(bytes: [UInt8], contentType: String, cacheControl: String?, keepIdentity: Bool,
                 compress: ([UInt8]) -> [UInt8]?) {
        identityCount = bytes.count
        self.contentType = contentType
        self.cacheControl = cacheControl
        let hash = ContentHash.fnv1a64(bytes)
        etag = "\"\(hash)\""
        gzipETag = "\"\(hash)-gz\""
        if ContentCoding.isCompressible(contentType), bytes.count >= ContentCoding.minimumCompressibleSize,
           let compressed = compress(bytes), compressed.count < bytes.count {
            gzip = SharedBytes(compressed)
            storedIdentity = keepIdentity ? SharedBytes(bytes) : nil
        } else {
            gzip = nil
            storedIdentity = SharedBytes(bytes)
        }
    }

    /// A body prepared earlier (read back from a snapshot): its stored forms as they were,
    /// `hash` the 16 hex digits its ETags quote. At least one form must be given.
    package init(identity: SharedBytes?, gzip: SharedBytes?, identityCount: Int, hash: String, contentType: String,
                 cacheControl: String?) {
        storedIdentity = identity ?? (gzip == nil ? SharedBytes([UInt8]()) : nil)
        self.gzip = gzip
        self.identityCount = identityCount
        etag = "\"\(hash)\""
        gzipETag = "\"\(hash)-gz\""
        self.contentType = contentType
        self.cacheControl = cacheControl
    }

    deinit {
        if let kept = inflated.withLock({ $0 }) { InflatedBodies.release(kept.count) }
    }

    /// The identity bytes when stored (nil when only the gzip form is kept).
    package var storedIdentityBytes: SharedBytes? { storedIdentity }

    /// The content hash the ETags quote (16 hex digits).
    package var contentHash: Substring { etag.dropFirst().dropLast() }
}

/// Content hashing for ETags: FNV-1a 64, stable across runs and machines (unlike `Hasher`).
public enum ContentHash {
    /// The 16 hex digits of the FNV-1a 64 hash of `bytes`. Inlinable so that callers in other
    /// modules get it specialized: unspecialized, each byte went through the generic iterator
    /// (40 % of a search request's CPU time, hashing its body for the ETag).
    @inlinable
    public static func fnv1a64<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
