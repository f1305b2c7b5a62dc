/// A response body prepared once: its identity bytes, its gzip bytes when compressing pays,
/// and a strong ETag for each. Serving it compresses and copies nothing.
public final class PreparedBody: Sendable {
    /// The uncompressed representation.
    public let identity: SharedBytes
    /// The gzip representation, when the type is compressible and the body large enough.
    public let gzip: SharedBytes?
    /// Strong ETag of the identity representation (a quoted content hash).
    public let etag: String
    /// Strong ETag of the gzip representation (a different representation needs a different tag).
    public let gzipETag: String
    public let contentType: String
    /// `Cache-Control` to send with it, if any.
    public let cacheControl: String?

    /// Prepares `bytes`: hashes them and, if worth it, compresses them once.
    public init(bytes: [UInt8], contentType: String, cacheControl: String? = nil, compressionLevel: Int32 = 6) {
        identity = SharedBytes(bytes)
        self.contentType = contentType
        self.cacheControl = cacheControl
        let hash = ContentHash.fnv1a64(bytes)
        etag = "\"\(hash)\""
        gzipETag = "\"\(hash)-gz\""
        if ContentCoding.isCompressible(contentType), bytes.count >= ContentCoding.minimumCompressibleSize,
           let compressed = Gzip.compress(bytes, level: compressionLevel), compressed.count < bytes.count {
            gzip = SharedBytes(compressed)
        } else {
            gzip = nil
        }
    }
}

/// Content hashing for ETags: FNV-1a 64, stable across runs and machines (unlike `Hasher`).
public enum ContentHash {
    /// The 16 hex digits of the FNV-1a 64 hash of `bytes`.
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
