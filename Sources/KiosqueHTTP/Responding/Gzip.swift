import CZlib

/// gzip (RFC 1952) through zlib.
public enum Gzip {
    /// The level of the bodies prepared at start (see `GzipDeflater`).
    public static let preparedLevel: Int32 = 3

    /// `bytes` compressed as one gzip member, or nil if zlib fails.
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8]? {
        GzipDeflater(level: level).compress(bytes)
    }

    /// Inflates gzip `bytes`; nil when they are not valid gzip. `limit` bounds the output.
    public static func decompress(_ bytes: [UInt8], limit: Int = 64 << 20) -> [UInt8]? {
        var stream = z_stream()
        guard kiosque_inflateInit2(&stream, 15 + 16) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        return bytes.withUnsafeBufferPointer { input -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if status == Z_STREAM_END { return output }
                if status != Z_OK || output.count > limit { return nil }
                if stream.avail_in == 0 && stream.avail_out != 0 { return nil }
            }
        }
    }
}
