import Foundation
import KiosqueTestSupport
import Testing

/// HTTPS end to end: certificates made at test time with the `openssl` command, the binary
/// started on them, and real TLS clients (`curl`, `openssl s_client`, Python's `ssl`).
@Suite(.serialized) struct TLSTests {
    /// A CA and a server certificate it signed, in a temporary directory.
    final class Certificates {
        let directory: String
        var ca: String { directory + "/ca.pem" }
        var certificate: String { directory + "/server.pem" }
        var key: String { directory + "/server.key" }

        init(commonName: String = "localhost") throws {
            directory = NSTemporaryDirectory() + "kiosque-tls-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try make(commonName: commonName, prefix: "")
        }

        /// Makes (or remakes) the CA-signed server certificate, with `prefix` on the file names.
        func make(commonName: String, prefix: String) throws {
            let d = directory
            let steps: [[String]] = [
                ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(d)/\(prefix)ca.key", "-out", "\(d)/\(prefix)ca.pem",
                 "-days", "2", "-subj", "/CN=Kiosque Test CA \(commonName)"],
                ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(d)/\(prefix)server.key", "-out", "\(d)/\(prefix)server.csr",
                 "-subj", "/CN=\(commonName)"],
                ["x509", "-req", "-in", "\(d)/\(prefix)server.csr", "-CA", "\(d)/\(prefix)ca.pem", "-CAkey", "\(d)/\(prefix)ca.key",
                 "-CAcreateserial", "-out", "\(d)/\(prefix)server.pem", "-days", "2", "-extfile", "\(d)/\(prefix)san.cnf"],
            ]
            try "subjectAltName=DNS:localhost,IP:127.0.0.1\n".write(toFile: "\(d)/\(prefix)san.cnf", atomically: true, encoding: .utf8)
            for step in steps {
                let result = try run("/usr/bin/openssl", step)
                guard result.status == 0 else { throw ClientError("openssl \(step[0]) failed: \(result.output)") }
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: directory) }
    }

    func start(_ certificates: Certificates, _ extra: [String] = []) async throws -> (KiosqueProcess, Int) {
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log", "--tls-cert", certificates.certificate,
                                          "--tls-key", certificates.key] + extra)
        return (kiosque, try await kiosque.listeningPort(scheme: "https"))
    }

    func curl(_ certificates: Certificates, _ port: Int, _ path: String, _ options: [String] = []) throws -> (status: Int32, output: String) {
        try run("/usr/bin/curl", ["-sS", "--cacert", certificates.ca, "https://localhost:\(port)\(path)"] + options)
    }

    @Test func requestsOverTLS13And12WithALPN() async throws {
        let certificates = try Certificates()
        let (kiosque, port) = try await start(certificates)
        let v13 = try curl(certificates, port, "/healthz", ["--tlsv1.3", "-w", " %{http_version}"])
        #expect(v13.status == 0 && v13.output == #"{"status":"ok"} 1.1"#, "\(v13.output)")
        let v12 = try curl(certificates, port, "/api/v1/articles/277616", ["--tlsv1.2", "--tls-max", "1.2", "-o", "/dev/null", "-w", "%{http_code}"])
        #expect(v12.output == "200", "\(v12.output)")
        let alpn = try run("/usr/bin/openssl", ["s_client", "-connect", "127.0.0.1:\(port)", "-alpn", "h2,http/1.1", "-CAfile", certificates.ca],
                           input: "")
        #expect(alpn.output.contains("ALPN protocol: http/1.1"), "\(alpn.output.suffix(400))")
        #expect(alpn.output.contains("TLSv1.3"))
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func oldProtocolsAreRefused() async throws {
        let certificates = try Certificates()
        let (kiosque, port) = try await start(certificates)
        for flag in ["-tls1_1", "-tls1"] {
            let result = try run("/usr/bin/openssl", ["s_client", "-connect", "127.0.0.1:\(port)", flag], input: "")
            #expect(result.status != 0 || result.output.contains("Cipher is (NONE)"), "\(flag) accepted: \(result.output.suffix(300))")
        }
        let weak = try run("/usr/bin/openssl", ["s_client", "-connect", "127.0.0.1:\(port)", "-tls1_2", "-cipher", "AES128-SHA"], input: "")
        #expect(weak.status != 0 || weak.output.contains("Cipher is (NONE)"), "CBC-SHA1 accepted")
        kiosque.signal(SIGTERM)
        _ = try await kiosque.exitStatus()
    }

    @Test func keepAlivePipeliningAndGzipOverTLS() async throws {
        let certificates = try Certificates()
        let (kiosque, port) = try await start(certificates)
        let script = """
        import socket, ssl, sys, gzip
        context = ssl.create_default_context(cafile=sys.argv[1])
        sock = context.wrap_socket(socket.create_connection(("127.0.0.1", int(sys.argv[2]))), server_hostname="localhost")
        request = b"GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n"
        sock.sendall(request * 5)
        data = b""
        while data.count(b'{"status":"ok"}') < 5:
            chunk = sock.recv(65536)
            if not chunk: break
            data += chunk
        print("pipelined", data.count(b"HTTP/1.1 200 OK"))
        for _ in range(20):
            sock.sendall(b"GET /api/v1/articles/277616 HTTP/1.1\\r\\nHost: localhost\\r\\nAccept-Encoding: gzip\\r\\n\\r\\n")
            head = b""
            while b"\\r\\n\\r\\n" not in head: head += sock.recv(1)
            length = int([l for l in head.split(b"\\r\\n") if l.lower().startswith(b"content-length")][0].split(b":")[1])
            body = b""
            while len(body) < length: body += sock.recv(length - len(body))
            assert b"content-encoding: gzip" in head.lower(), head
            gzip.decompress(body)
        print("keepalive 20")
        # BREACH mitigation: a cross-site request (testssl.sh sends this Referer) is not compressed;
        # a same-site one still is.
        for referer, compressed in ((b"https://google.com/", False), (b"https://localhost:%d/" % int(sys.argv[2]), True)):
            sock.sendall(b"GET /api/v1/articles/277616 HTTP/1.1\\r\\nHost: localhost:%d\\r\\nReferer: %s\\r\\nAccept-Encoding: gzip\\r\\n\\r\\n" % (int(sys.argv[2]), referer))
            head = b""
            while b"\\r\\n\\r\\n" not in head: head += sock.recv(1)
            length = int([l for l in head.split(b"\\r\\n") if l.lower().startswith(b"content-length")][0].split(b":")[1])
            body = b""
            while len(body) < length: body += sock.recv(length - len(body))
            assert (b"content-encoding: gzip" in head.lower()) == compressed, (referer, head)
        print("breach ok")
        """
        let result = try run("/usr/bin/python3", ["-c", script, certificates.ca, String(port)])
        #expect(result.output.contains("pipelined 5"), "\(result.output)")
        #expect(result.output.contains("keepalive 20"), "\(result.output)")
        #expect(result.output.contains("breach ok"), "\(result.output)")
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func stalledHandshakeAndPlaintextAreClosed() async throws {
        let certificates = try Certificates()
        let (kiosque, port) = try await start(certificates, ["--tls-handshake-timeout", "0.5"])
        let start = ContinuousClock.now
        let stalled = try RawClient(port: port, timeout: 10)
        let closedAt = try await stalled.watchForClose().value()
        let elapsed = try #require(closedAt, "a stalled handshake was still open after 10 s") - start
        #expect(elapsed < .seconds(8), "closed after \(elapsed)")
        let plaintext = try RawClient(port: port, timeout: 10)
        try plaintext.send(get("/healthz"))
        #expect(await plaintext.isClosedByPeer())
        // Still serving.
        #expect(try curl(certificates, port, "/healthz").output == #"{"status":"ok"}"#)
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func sighupReloadsTheCertificate() async throws {
        let certificates = try Certificates(commonName: "localhost")
        let (kiosque, port) = try await start(certificates)
        func subject() throws -> String {
            try run("/usr/bin/openssl", ["s_client", "-connect", "127.0.0.1:\(port)"], input: "").output
        }
        #expect(try subject().contains("Kiosque Test CA localhost"))
        try certificates.make(commonName: "localhost", prefix: "next-")
        try FileManager.default.removeItem(atPath: certificates.certificate)
        try FileManager.default.removeItem(atPath: certificates.key)
        try FileManager.default.copyItem(atPath: certificates.directory + "/next-server.pem", toPath: certificates.certificate)
        try FileManager.default.copyItem(atPath: certificates.directory + "/next-server.key", toPath: certificates.key)
        let before = try subject()
        kiosque.signal(SIGHUP)
        try await Task.sleep(for: .milliseconds(500))
        let after = try subject()
        #expect(before != after)
        #expect(kiosque.text.contains("reloaded the TLS certificate"))
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func startupErrorsNameTheFileAndExit2() async throws {
        let certificates = try Certificates()
        let other = try Certificates()
        let garbage = certificates.directory + "/garbage.pem"
        try "not a certificate".write(toFile: garbage, atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["--tls-cert", certificates.directory + "/missing.pem", "--tls-key", certificates.key], "missing.pem"),
            (["--tls-cert", certificates.certificate, "--tls-key", other.key], other.key),
            (["--tls-cert", garbage, "--tls-key", certificates.key], "garbage.pem"),
        ]
        for (arguments, named) in cases {
            let kiosque = try KiosqueProcess(["--port", "0"] + arguments)
            #expect(try await kiosque.exitStatus() == 2, "\(arguments)")
            #expect(kiosque.text.contains(named), "\(kiosque.text)")
        }
        let half = try KiosqueProcess(["--port", "0", "--tls-cert", certificates.certificate])
        #expect(try await half.exitStatus() == 64)
    }

    @Test func expiredCertificateStartsWithAWarning() async throws {
        let directory = NSTemporaryDirectory() + "kiosque-expired-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // openssl's `req` refuses past dates; Python's cryptography makes a certificate that expired yesterday.
        let script = """
        import datetime, sys
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
        now = datetime.datetime.now(datetime.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=10))
                .not_valid_after(now - datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
        open(sys.argv[1] + "/cert.pem", "wb").write(cert.public_bytes(serialization.Encoding.PEM))
        open(sys.argv[1] + "/key.pem", "wb").write(key.private_bytes(serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        """
        let made = try run("/usr/bin/env", ["python3", "-c", script, directory])
        try #require(made.status == 0, "\(made.output)")
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log", "--tls-cert", directory + "/cert.pem",
                                          "--tls-key", directory + "/key.pem"])
        _ = try await kiosque.listeningPort(scheme: "https")
        try await Task.sleep(for: .milliseconds(200))
        #expect(kiosque.text.contains("cert.pem: the certificate has expired"), "\(kiosque.text)")
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }

    @Test func redirectsPlainHTTPToHTTPS() async throws {
        let certificates = try Certificates()
        let kiosque = try KiosqueProcess(["--port", "0", "--no-access-log", "--tls-cert", certificates.certificate,
                                          "--tls-key", certificates.key, "--tls-port", "0", "--redirect-http"])
        let tlsPort = try await kiosque.listeningPort(scheme: "https")
        let httpPort = try await kiosque.listeningPort(scheme: "http")
        let response = try await RawClient(port: httpPort).exchange(get("/api/v1/stats?pretty"))
        #expect(response.status == 308)
        #expect(response.headers["Location"] == "https://localhost:\(tlsPort)/api/v1/stats?pretty")
        kiosque.signal(SIGTERM)
        #expect(try await kiosque.exitStatus() == 0)
    }
}
