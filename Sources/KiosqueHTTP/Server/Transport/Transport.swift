/// What one transport operation achieved. Non-blocking: "want" results mean "call again once
/// the socket is readable (or writable)".
enum TransportResult: Equatable {
    /// Done (for `handshake`), or `count` bytes read or written.
    case done(count: Int)
    case wantRead
    case wantWrite
    /// The peer closed its sending side (reads only).
    case closed
    /// The connection is broken and must be dropped.
    case failed
}

/// How bytes get on and off a connection's socket: in clear or through TLS. The only place
/// that knows which; the connection asks it and never branches on TLS itself.
protocol Transport: AnyObject {
    /// A handshake must complete before HTTP starts.
    var needsHandshake: Bool { get }
    /// Bytes are encrypted on the wire (compression policy depends on it: BREACH).
    var isEncrypted: Bool { get }
    /// A read that returns less than the buffer means the socket is drained (true for a
    /// plain socket; TLS may hold decrypted bytes back, so it reads until `wantRead`).
    var shortReadDrainsSocket: Bool { get }

    func handshake() -> TransportResult
    func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult
    /// Writes from the front of `chunks` (each from its `written` offset).
    func write(_ chunks: ArraySlice<(bytes: SharedBytes, written: Int)>) -> TransportResult
    /// Head and body together up to this many bytes are copied into one buffer: worth it
    /// where each write costs a record (TLS); 0 where `writev` sends both at once anyway.
    var mergesHeadAndBodyUpTo: Int { get }
    /// Tells the peer we are done sending (TLS close_notify), best effort; our socket is
    /// shut or closed right after.
    func finishSending()
}

/// Picks the transport for an accepted socket: TLS when the port has a context. Nil when no
/// TLS session could be made (the connection closes; it never falls back to plaintext).
func makeTransport(descriptor: Int32, tls: TLSContext?) -> (any Transport)? {
    guard let tls else { return PlainTransport(descriptor: descriptor) }
    return TLSTransport(context: tls, descriptor: descriptor)
}
