/// Where the server's certificate and key are, and how TLS is offered.
public struct TLSConfiguration: Sendable, Hashable {
    /// PEM file with the server certificate, optionally followed by its chain.
    public var certificatePath: String
    /// PEM file with the private key of that certificate.
    public var privateKeyPath: String
    /// A client that has not finished its handshake by then is closed.
    public var handshakeTimeout: Duration

    /// TLS with the given PEM files and a 10 s handshake timeout.
    public init(certificatePath: String, privateKeyPath: String, handshakeTimeout: Duration = .seconds(10)) {
        self.certificatePath = certificatePath
        self.privateKeyPath = privateKeyPath
        self.handshakeTimeout = handshakeTimeout
    }
}

/// Why a TLS configuration could not be loaded; each case names the file at fault.
public enum TLSConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadableFile(path: String, reason: String)
    case invalidCertificate(path: String, reason: String)
    case invalidPrivateKey(path: String, reason: String)
    case keyDoesNotMatchCertificate(certificatePath: String, keyPath: String)
    case openSSL(String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason): return "\(path): cannot read the file: \(reason)"
        case .invalidCertificate(let path, let reason): return "\(path): not a PEM certificate (chain): \(reason)"
        case .invalidPrivateKey(let path, let reason): return "\(path): not a PEM private key: \(reason)"
        case .keyDoesNotMatchCertificate(let certificatePath, let keyPath):
            return "\(keyPath): this private key does not match the certificate in \(certificatePath)"
        case .openSSL(let reason): return "TLS setup failed: \(reason)"
        }
    }
}
