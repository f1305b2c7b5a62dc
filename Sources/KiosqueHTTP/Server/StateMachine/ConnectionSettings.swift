/// The part of the server configuration a connection's state machine decides with.
struct ConnectionSettings {
    var limits = HTTPLimits()
    var headerReadTimeout: Duration = .seconds(10)
    var keepAliveTimeout: Duration = .seconds(30)
    var ioStallTimeout: Duration = .seconds(30)
    var minTransferRate = 8 * 1024
    var handshakeTimeout: Duration = .seconds(10)
    /// How long a lingering close waits for the peer to close.
    var lingerTimeout: Duration = .seconds(2)
    /// The transport needs a handshake before HTTP starts.
    var startsWithHandshake = false
    /// A TLS record (0x16: handshake) can never start a request head here: answer at once
    /// instead of waiting for the header timeout.
    var rejectsTLSRecords = true

    init() {}

    init(_ configuration: HTTPServerConfiguration, transport: any Transport) {
        limits = configuration.limits
        headerReadTimeout = configuration.headerReadTimeout
        keepAliveTimeout = configuration.keepAliveTimeout
        ioStallTimeout = configuration.ioStallTimeout
        minTransferRate = configuration.minTransferRate
        handshakeTimeout = configuration.tlsHandshakeTimeout
        startsWithHandshake = transport.needsHandshake
        rejectsTLSRecords = !transport.isEncrypted
    }

    /// Most unparsed input held before reading pauses (saturating: limits may be huge).
    var inputLimit: Int {
        let headers = limits.maxHeaderBytes.multipliedReportingOverflow(by: 2)
        let total = limits.maxBodyBytes.addingReportingOverflow(headers.partialValue)
        return headers.overflow || total.overflow ? Int.max : total.partialValue
    }
}
