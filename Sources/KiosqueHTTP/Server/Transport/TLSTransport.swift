/// HTTP over TLS: OpenSSL's non-blocking session over the socket.
final class TLSTransport: Transport {
    /// The largest TLS record payload (RFC 8446 §5.1).
    private static let recordPayload = 16_384
    private let session: TLSSession

    init?(context: TLSContext, descriptor: Int32) {
        guard let session = TLSSession(context: context, descriptor: descriptor) else { return nil }
        self.session = session
    }

    var needsHandshake: Bool { true }
    var isEncrypted: Bool { true }
    var shortReadDrainsSocket: Bool { false }

    func handshake() -> TransportResult {
        Self.result(session.handshake())
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        guard let base = buffer.baseAddress else { return .failed }
        return Self.result(session.read(into: base, capacity: buffer.count))
    }

    /// One buffer per call: each write is a record (and its MAC).
    func write(_ chunks: ArraySlice<(bytes: SharedBytes, written: Int)>) -> TransportResult {
        guard let first = chunks.first else { return .done(count: 0) }
        return Self.result(session.write(first.bytes.base + first.written, count: first.bytes.count - first.written))
    }

    /// Head and a small body go out as one record.
    var mergesHeadAndBodyUpTo: Int { Self.recordPayload }

    /// close_notify, only once the session is established.
    func finishSending() {
        if session.isEstablished { session.shutdown() }
    }

    private static func result(_ progress: TLSSession.Progress) -> TransportResult {
        switch progress {
        case .done(let count): .done(count: count)
        case .wantRead: .wantRead
        case .wantWrite: .wantWrite
        case .closed: .closed
        case .failed: .failed
        }
    }
}
