#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// HTTP in clear over a non-blocking socket.
final class PlainTransport: Transport {
    private let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    var needsHandshake: Bool { false }
    var isEncrypted: Bool { false }
    var shortReadDrainsSocket: Bool { true }

    func handshake() -> TransportResult { .done(count: 0) }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count > 0 { return .done(count: count) }
            if count == 0 { return .closed }
            if errno == EINTR { continue }
            return errno == EAGAIN || errno == EWOULDBLOCK ? .wantRead : .failed
        }
    }

    func write(_ chunks: ArraySlice<(bytes: SharedBytes, written: Int)>) -> TransportResult {
        var vectors: [iovec] = []
        vectors.reserveCapacity(min(chunks.count, OutputQueue.batch))
        for chunk in chunks.prefix(OutputQueue.batch) {
            vectors.append(iovec(iov_base: chunk.bytes.base + chunk.written, iov_len: chunk.bytes.count - chunk.written))
        }
        while true {
            let count = writev(descriptor, vectors, Int32(vectors.count))
            if count >= 0 { return .done(count: count) }
            if errno == EINTR { continue }
            return errno == EAGAIN || errno == EWOULDBLOCK ? .wantWrite : .failed
        }
    }

    var mergesHeadAndBodyUpTo: Int { 0 }

    func finishSending() {}
}
