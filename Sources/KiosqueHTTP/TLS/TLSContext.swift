import COpenSSL
#if canImport(Glibc)
import Glibc
#endif

/// An OpenSSL server context configured safely by default: TLS 1.2 and 1.3 only, the Mozilla
/// "intermediate" suite for 1.2 (ECDHE key exchange with AEAD ciphers only), the server's
/// cipher order, ALPN `http/1.1`, session resumption by tickets and a server-side cache.
///
/// The `SSL_CTX` is immutable once built and OpenSSL allows sharing it across threads; a
/// certificate reload builds a new context (see `TLSContextHolder`).
public final class TLSContext: @unchecked Sendable {
    /// The OpenSSL context; immutable after `init` (OpenSSL documents `SSL_CTX` as safe to
    /// share between threads once configured), hence `@unchecked Sendable`.
    let context: OpaquePointer
    /// `notAfter` of the leaf certificate has passed (a warning, not an error: the operator decides).
    public let certificateHasExpired: Bool
    /// The configuration this context was built from.
    public let configuration: TLSConfiguration

    /// Mozilla "intermediate" TLS 1.2 suites restricted to ECDHE + AEAD (no CBC, no SHA-1, no DHE).
    static let tls12Ciphers = [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    ].joined(separator: ":")
    /// TLS 1.3 suites (all AEAD).
    static let tls13Ciphers = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"

    /// Loads and checks the certificate chain and key; throws an error naming the bad file.
    public init(configuration: TLSConfiguration) throws(TLSConfigurationError) {
        self.configuration = configuration
        for path in [configuration.certificatePath, configuration.privateKeyPath] {
            if access(path, R_OK) != 0 {
                throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
            }
        }
        guard let method = TLS_server_method(), let context = SSL_CTX_new(method) else {
            throw .openSSL(Self.drainErrors())
        }
        var built = false
        defer { if !built { SSL_CTX_free(context) } }

        guard kiosque_SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) == 1,
              kiosque_SSL_CTX_set_max_proto_version(context, TLS1_3_VERSION) == 1,
              SSL_CTX_set_cipher_list(context, Self.tls12Ciphers) == 1,
              SSL_CTX_set_ciphersuites(context, Self.tls13Ciphers) == 1
        else { throw .openSSL(Self.drainErrors()) }
        // Server cipher order; no compression (CRIME), no renegotiation, nothing below TLS 1.2.
        _ = SSL_CTX_set_options(context, kiosque_server_options())
        // Partial writes let one SSL_write progress through a large body on a non-blocking socket.
        _ = kiosque_SSL_CTX_set_mode(context, Int(SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_RELEASE_BUFFERS))
        _ = kiosque_SSL_CTX_set_session_cache_mode(context, Int(SSL_SESS_CACHE_SERVER))
        _ = kiosque_SSL_CTX_sess_set_cache_size(context, 20_000)
        let sessionContext: [UInt8] = Array("kiosque".utf8)
        _ = SSL_CTX_set_session_id_context(context, sessionContext, UInt32(sessionContext.count))
        SSL_CTX_set_alpn_select_cb(context, selectHTTP11, nil)

        ERR_clear_error()
        guard SSL_CTX_use_certificate_chain_file(context, configuration.certificatePath) == 1 else {
            throw .invalidCertificate(path: configuration.certificatePath, reason: Self.drainErrors())
        }
        guard SSL_CTX_use_PrivateKey_file(context, configuration.privateKeyPath, SSL_FILETYPE_PEM) == 1 else {
            let reason = Self.drainErrors()
            if reason.contains("values mismatch") || reason.contains("key values mismatch") {
                throw .keyDoesNotMatchCertificate(certificatePath: configuration.certificatePath,
                                                  keyPath: configuration.privateKeyPath)
            }
            throw .invalidPrivateKey(path: configuration.privateKeyPath, reason: reason)
        }
        guard SSL_CTX_check_private_key(context) == 1 else {
            _ = Self.drainErrors()
            throw .keyDoesNotMatchCertificate(certificatePath: configuration.certificatePath,
                                              keyPath: configuration.privateKeyPath)
        }
        if let leaf = SSL_CTX_get0_certificate(context), let notAfter = X509_get0_notAfter(leaf) {
            certificateHasExpired = X509_cmp_current_time(notAfter) < 0
        } else {
            certificateHasExpired = false
        }
        self.context = context
        built = true
    }

    deinit {
        SSL_CTX_free(context)
    }

    /// OpenSSL's queued errors as one line (and the queue emptied).
    static func drainErrors() -> String {
        var messages: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages.isEmpty ? "unknown error" : messages.joined(separator: "; ")
    }
}

/// ALPN: we speak only HTTP/1.1. A client offering only other protocols (e.g. `h2`) gets no
/// ALPN answer and may still talk HTTP/1.1 (RFC 7301 §3.2 lets the server ignore the extension).
private func selectHTTP11(
    _ ssl: OpaquePointer?, _ out: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ outLength: UnsafeMutablePointer<UInt8>?,
    _ input: UnsafePointer<UInt8>?, _ inputLength: UInt32, _ argument: UnsafeMutableRawPointer?
) -> Int32 {
    guard let input, let out, let outLength else { return SSL_TLSEXT_ERR_NOACK }
    var index = 0
    let count = Int(inputLength)
    while index < count {
        let length = Int(input[index])
        let start = index + 1
        guard start + length <= count else { break }
        if length == 8, (0..<8).allSatisfy({ input[start + $0] == http11[$0] }) {
            out.pointee = UnsafePointer(input + start)
            outLength.pointee = UInt8(length)
            return SSL_TLSEXT_ERR_OK
        }
        index = start + length
    }
    return SSL_TLSEXT_ERR_NOACK
}

private let http11: [UInt8] = Array("http/1.1".utf8)
