#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import KiosqueHTTP


/// A parsed HTTP/1.1 response as the tests see it.
public struct RawResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// A blocking TCP client that speaks raw bytes: the tests control exactly what goes on the
/// wire (split points, pipelining, malformed requests) and read responses back.
public final class RawClient: @unchecked Sendable {
    let descriptor: Int32

    /// Connects to 127.0.0.1 (or ::1) on `port`; reads time out after `timeout` seconds.
    public let timeout: Double

    public init(port: Int, ipv6: Bool = false, timeout: Double = 5) throws {
        self.timeout = timeout
        descriptor = socket(ipv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ClientError("socket failed") }
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var on: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        let status: Int32
        if ipv6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = UInt16(port).bigEndian
            address.sin6_addr = in6addr_loopback
            status = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            status = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard status == 0 else {
            close(descriptor)
            throw ClientError("connect failed: errno \(errno)")
        }
    }

    private var isOpen = true
    /// A serial queue gets a thread of its own from libdispatch's overcommit pool when it needs one.
    /// That pool is capped per priority (255 threads): this one is not the default, so that tests
    /// holding the default's threads (`HandlerPoolThreadsTests`) do not stall every client.
    private let waitQueue = DispatchQueue(label: "kiosque.test.raw-client", qos: .userInitiated)

    deinit {
        closeNow()
    }

    /// Closes the socket now (unread answers make the kernel reset the connection).
    public func closeNow() {
        guard isOpen else { return }
        isOpen = false
        close(descriptor)
    }

    private var buffer: [UInt8] = []

    public func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    public func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw ClientError("write failed: errno \(errno)") }
            offset += count
        }
    }

    /// Half-closes the sending side.
    public func shutdownWrite() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Reads more bytes (blocking up to the socket's receive timeout); false at end of
    /// stream, on error or on timeout. Called only from a Dispatch thread (see `blocking`).
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let start = ContinuousClock.now
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                lastBytesAt = ContinuousClock.now
                return true
            }
            if count < 0 && errno == EINTR { continue }
            let waited = ContinuousClock.now - start
            let idle = lastBytesAt.map { "; the previous bytes came \(start - $0) before this read" }
                ?? "; connected \(start - connectedAt) before this read"
            lastReadEnd = (count == 0 ? "closed by the server after \(waited)"
                : errno == EAGAIN || errno == EWOULDBLOCK ? "no byte within the \(timeout) s read timeout"
                : "read failed after \(waited): errno \(errno)") + idle
            return false
        }
    }

    /// Why the last read that got nothing ended, for failure messages.
    private var lastReadEnd = ""
    private var lastBytesAt: ContinuousClock.Instant?
    private let connectedAt = ContinuousClock.now

    /// Runs blocking socket work on this client's own serial queue, so that waiting tests never
    /// occupy Swift's cooperative threads (CPU-heavy tests run beside them). Not the global
    /// queue: on Linux it starts about one worker per core and adds more only slowly when they
    /// block, so clients blocked in `recv` elsewhere in the suite could delay this one's read
    /// past its test's time bounds.
    private func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            waitQueue.async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    /// Reads one response; `head: true` when it answers a HEAD request (no body follows).
    public func readResponse(head: Bool = false) async throws -> RawResponse {
        try await blocking { try self.readResponseNow(head: head) }
    }

    /// Reads one response on the calling thread: for tests in which libdispatch has no thread to spare.
    public func readResponseOnThisThread(head: Bool = false) throws -> RawResponse {
        try readResponseNow(head: head)
    }

    private func readResponseNow(head: Bool) throws -> RawResponse {
        var headEnd: Int?
        while true {
            if let end = Self.find([13, 10, 13, 10], in: buffer) { headEnd = end; break }
            guard fill() else { throw ClientError("no response head (got \(buffer.count) bytes): \(lastReadEnd)") }
        }
        guard let headEnd else { throw ClientError("no head") }
        let headText = String(decoding: buffer[0..<headEnd], as: UTF8.self)
        var lines = headText.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0] == "HTTP/1.1", let status = Int(parts[1]) else { throw ClientError("bad status line \(statusLine)") }
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw ClientError("bad header line \(line)") }
            headers.add(String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
        }
        buffer.removeFirst(headEnd + 4)
        var body: [UInt8] = []
        if !head && status != 304 && status != 204 && status >= 200 {
            if let lengthText = headers["Content-Length"], let length = Int(lengthText) {
                while buffer.count < length {
                    guard fill() else { throw ClientError("body truncated: \(buffer.count) of \(length): \(lastReadEnd)") }
                }
                body = Array(buffer[0..<length])
                buffer.removeFirst(length)
            } else {
                while fill() {}
                body = buffer
                buffer.removeAll()
            }
        }
        return RawResponse(status: status, headers: headers, body: body)
    }

    /// Sends `request` and reads its response.
    public func exchange(_ request: String, head: Bool = false) async throws -> RawResponse {
        try send(request)
        return try await readResponse(head: head)
    }

    /// True when the server has closed the connection (read returns 0) within the timeout.
    public func isClosedByPeer() async -> Bool {
        (try? await blocking { self.waitForCloseNow() }) ?? false
    }

    // Timing tests take their instants on the waiting thread, as the bytes arrive: on a busy
    // machine the awaiting task may resume seconds later, which would stretch any time
    // measured after the `await`.

    /// When the server closed the connection (nil: still open at the read timeout, or an error).
    public func instantClosedByPeer() async -> ContinuousClock.Instant? {
        (try? await blocking { self.waitForCloseNow() ? ContinuousClock.now : nil }) ?? nil
    }

    /// Starts waiting for the server to close the connection now, before anything else is
    /// awaited: for timing a close that the test then causes or waits for.
    /// Its value is when the server closed the connection (nil: still open at the read
    /// timeout, or an error).
    public func watchForClose() -> PendingResult<ContinuousClock.Instant?> {
        let watch = PendingResult<ContinuousClock.Instant?>()
        waitQueue.async { watch.end(with: .success(self.waitForCloseNow() ? ContinuousClock.now : nil)) }
        return watch
    }

    /// Reads one response, then waits for the server to close: the response and when it closed.
    public func readResponseThenClose() async throws -> (response: RawResponse, closedAt: ContinuousClock.Instant?) {
        try await blocking {
            let response = try self.readResponseNow(head: false)
            return (response, self.waitForCloseNow() ? ContinuousClock.now : nil)
        }
    }

    /// Blocks until the server closes (true) or the read times out or fails otherwise (false).
    private func waitForCloseNow() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

public struct ClientError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A GET request with Host.
public func get(_ path: String, _ extra: String = "") -> String {
    "GET \(path) HTTP/1.1\r\nHost: localhost\r\n\(extra)\r\n"
}
