import Foundation
import KiosqueTestSupport
import Testing

/// TLS clients that send pipelined requests and `close_notify` in one segment, then vanish,
/// must not leave their connection (descriptor, slot, TLS session) behind.
@Suite(.serialized) struct TLSCloseRaceTests {
    /// Each client: handshake, then two requests and close_notify written as one segment, then close.
    private static let script = """
    import socket, ssl, sys
    context = ssl.create_default_context(cafile=sys.argv[1])
    for _ in range(int(sys.argv[3])):
        sock = socket.create_connection(("127.0.0.1", int(sys.argv[2])))
        incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        tls = context.wrap_bio(incoming, outgoing, server_hostname="localhost")
        while True:
            try:
                tls.do_handshake()
                break
            except ssl.SSLWantReadError:
                sock.sendall(outgoing.read())
                incoming.write(sock.recv(65536))
        sock.sendall(outgoing.read())
        tls.write(b"GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n" * 2)
        try:
            tls.unwrap()
        except ssl.SSLWantReadError:
            pass
        sock.sendall(outgoing.read())
        sock.close()
    print("sent")
    """

    /// The server's open-connection gauge, read over HTTPS (the reading connection counts itself).
    private func openConnections(_ certificates: TLSTests.Certificates, _ port: Int) throws -> Int? {
        let metrics = try run("/usr/bin/curl", ["-sS", "--cacert", certificates.ca, "https://localhost:\(port)/metrics"])
        let line = metrics.output.split(separator: "\n").first { $0.hasPrefix("kiosque_open_connections ") }
        return line.flatMap { Int($0.split(separator: " ").last ?? "") }
    }

    @Test func pipelinedRequestsAndCloseNotifyLeakNothing() async throws {
        let certificates = try TLSTests.Certificates()
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log", "--tls-cert", certificates.certificate,
                                          "--tls-key", certificates.key, "--max-connections", "10"])
        let port = try await kiosque.listeningPort(scheme: "https")
        let result = try run("/usr/bin/python3", ["-c", Self.script, certificates.ca, String(port), "12"])
        #expect(result.output.contains("sent"), "\(result.output)")
        let end = ContinuousClock.now + .seconds(8)
        var open = try openConnections(certificates, port)
        while open != 1 && ContinuousClock.now < end {
            try await Task.sleep(for: .milliseconds(100))
            open = try openConnections(certificates, port)
        }
        #expect(open == 1, "connections still open after the clients left")
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }
}

/// `--redirect-http` builds `Location` only from a valid host, and keeps the path of
/// absolute-form targets.
@Suite(.serialized) struct RedirectHostTests {
    @Test func redirectValidatesHostAndKeepsAbsoluteFormPaths() async throws {
        let certificates = try TLSTests.Certificates()
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log", "--tls-cert", certificates.certificate,
                                          "--tls-key", certificates.key, "--tls-port", "0", "--redirect-http"])
        let tlsPort = try await kiosque.listeningPort(scheme: "https")
        let httpPort = try await kiosque.listeningPort(scheme: "http")
        let empty = try await RawClient(port: httpPort).exchange("GET /x HTTP/1.1\r\nHost: \r\n\r\n")
        #expect(empty.status == 400)
        let bad = try await RawClient(port: httpPort).exchange("GET /x HTTP/1.1\r\nHost: evil.example/@x\r\n\r\n")
        #expect(bad.status == 400)
        let absolute = try await RawClient(port: httpPort).exchange("GET http://localhost:8080/api/v1/stats?pretty HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(absolute.status == 308)
        #expect(absolute.headers["Location"] == "https://localhost:\(tlsPort)/api/v1/stats?pretty")
        let v6 = try await RawClient(port: httpPort).exchange("GET /a HTTP/1.1\r\nHost: [::1]:80\r\n\r\n")
        #expect(v6.headers["Location"] == "https://[::1]:\(tlsPort)/a")
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }
}
