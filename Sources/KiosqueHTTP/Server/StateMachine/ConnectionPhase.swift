/// Where a connection is in its life. The body phases carry what has been read so far.
enum ConnectionPhase {
    /// TLS handshake in progress.
    case handshake
    /// Waiting for (the rest of) a request head.
    case head
    /// Reading a Content-Length body.
    case body(RequestHead, remaining: Int, received: [UInt8])
    /// Reading a chunked body.
    case chunked(RequestHead, ChunkedDecoder)
    /// No more requests are read: the connection closes once its output is written.
    case closing
    /// Output written and our side shut: reading and discarding until the peer closes,
    /// so that its late bytes do not make our kernel reset the connection before the
    /// client has read our last response ("lingering close", RFC 9112 §9.6).
    case lingering
    /// Closed; nothing more happens.
    case closed
}
