import CZlib

/// One gzip compressor reused for many bodies: its zlib state (about 256 KiB at level 6) is
/// allocated once and reset between bodies, and its output goes to a buffer that only grows.
/// At start every prepared body is compressed; a fresh stream per body spent as much in
/// allocating and clearing that state as in compressing a 5 KB body.
/// Not thread-safe: one per thread or per batch of work.
public final class GzipDeflater {
    private var stream = z_stream()
    private let ready: Bool
    private var output: [UInt8] = []
    /// Whether the stream has compressed a body since it was made (a fresh one needs no reset,
    /// which clears its hash table again).
    private var used = false

    public init(level: Int32 = Gzip.preparedLevel) {
        // windowBits 15 + 16 selects the gzip wrapper instead of zlib's.
        ready = kiosque_deflateInit2(&stream, level, 15 + 16) == Z_OK
    }

    deinit {
        if ready { deflateEnd(&stream) }
    }

    /// `bytes` as one gzip member (the same bytes `Gzip.compress` gives at this level), or nil
    /// if zlib fails.
    public func compress(_ bytes: [UInt8]) -> [UInt8]? {
        guard ready, !used || deflateReset(&stream) == Z_OK else { return nil }
        used = true
        let bound = Int(deflateBound(&stream, UInt(bytes.count))) + 32
        if output.count < bound { output = [UInt8](repeating: 0, count: bound) }
        let status: Int32 = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(bound)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return Array(output[0..<Int(stream.total_out)])
    }
}
