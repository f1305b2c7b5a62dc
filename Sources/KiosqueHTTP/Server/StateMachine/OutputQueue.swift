/// Response bytes waiting for the socket, in order, and how far the current transfer has
/// got (its start time and bytes written feed the slow-reader deadline).
struct OutputQueue {
    /// Stop parsing pipelined requests while this many response bytes are unsent.
    static let highWater = 512 * 1024
    /// At most this many buffers per `writev`.
    static let batch = 16

    private(set) var chunks: [(bytes: SharedBytes, written: Int)] = []
    /// Unsent bytes in all.
    private(set) var pending = 0
    /// When the queue last went from empty to not empty, and bytes written since.
    private(set) var transferStart: UInt64 = 0
    private(set) var transferred = 0

    var isEmpty: Bool { chunks.isEmpty }
    var isOverHighWater: Bool { pending >= Self.highWater }

    mutating func append(_ bytes: SharedBytes, now: UInt64) {
        if chunks.isEmpty {
            transferStart = now
            transferred = 0
        }
        chunks.append((bytes, 0))
        pending += bytes.count
    }

    /// Drops `count` written bytes from the front.
    mutating func consume(_ count: Int) {
        var remaining = count
        pending -= count
        transferred += count
        while remaining > 0, let first = chunks.first {
            let left = first.bytes.count - first.written
            if remaining >= left {
                chunks.removeFirst()
                remaining -= left
            } else {
                chunks[0].written += remaining
                remaining = 0
            }
        }
    }

    mutating func removeAll() {
        chunks.removeAll()
        pending = 0
    }
}
