import COpenSSL

/// One server-side TLS session over a non-blocking socket. Every call returns at once: when
/// OpenSSL needs the socket readable or writable first, the caller waits on its Dispatch
/// source and calls again (no thread per connection, no busy loop).
///
/// Not thread-safe; owned by one connection and used only on its queue.
final class TLSSession {
    /// What an operation needs before it can progress.
    enum Progress: Equatable {
        /// Done (for `handshake`) or `count` bytes read/written.
        case done(count: Int)
        case wantRead
        case wantWrite
        /// The peer sent close_notify (reads only).
        case closed
        /// A protocol or system error; the connection must be dropped.
        case failed(String)
    }

    private let ssl: OpaquePointer
    /// Keeps the context alive as long as the session uses it (a reload may replace it).
    private let context: TLSContext

    /// A session for the accepted socket `descriptor`.
    init?(context: TLSContext, descriptor: Int32) {
        guard let ssl = SSL_new(context.context) else { return nil }
        guard SSL_set_fd(ssl, descriptor) == 1 else {
            SSL_free(ssl)
            return nil
        }
        SSL_set_accept_state(ssl)
        self.ssl = ssl
        self.context = context
    }

    deinit {
        SSL_free(ssl)
    }

    /// Advances the handshake.
    func handshake() -> Progress {
        ERR_clear_error()
        let result = SSL_do_handshake(ssl)
        return result == 1 ? .done(count: 0) : progress(after: result)
    }

    /// Whether the handshake has completed.
    var isEstablished: Bool {
        SSL_is_init_finished(ssl) == 1
    }

    /// Decrypts up to `capacity` bytes into `buffer`.
    func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Progress {
        ERR_clear_error()
        var count = 0
        let result = SSL_read_ex(ssl, buffer, capacity, &count)
        return result == 1 ? .done(count: count) : progress(after: result)
    }

    /// Encrypts and sends up to `count` bytes from `bytes` (partial writes are enabled).
    func write(_ bytes: UnsafeRawPointer, count: Int) -> Progress {
        ERR_clear_error()
        var written = 0
        let result = SSL_write_ex(ssl, bytes, count, &written)
        return result == 1 ? .done(count: written) : progress(after: result)
    }

    /// Sends close_notify, best effort (the socket is closed right after either way).
    func shutdown() {
        ERR_clear_error()
        _ = SSL_shutdown(ssl)
    }

    private func progress(after result: Int32) -> Progress {
        switch SSL_get_error(ssl, result) {
        case SSL_ERROR_WANT_READ: return .wantRead
        case SSL_ERROR_WANT_WRITE: return .wantWrite
        case SSL_ERROR_ZERO_RETURN: return .closed
        case SSL_ERROR_SYSCALL: return .failed("connection reset during TLS")
        default: return .failed(TLSContext.drainErrors())
        }
    }
}
