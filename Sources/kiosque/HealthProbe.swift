#if canImport(Glibc)
import Glibc
#endif

/// One `GET` over a plain TCP socket with an overall deadline: the container's health check
/// without curl. Only the status line is read.
struct HealthProbe {
    struct Target {
        let host: String
        let port: String
        let path: String

        /// `http://HOST[:PORT][/PATH]`; IPv6 hosts in brackets.
        init?(url: String) {
            guard url.hasPrefix("http://") else { return nil }
            let rest = url.dropFirst("http://".count)
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            let authority = rest[..<slash]
            path = slash == rest.endIndex ? "/" : String(rest[slash...])
            if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
                host = String(authority[authority.index(after: authority.startIndex)..<close])
                let after = authority[authority.index(after: close)...]
                port = after.hasPrefix(":") ? String(after.dropFirst()) : "80"
            } else if let colon = authority.lastIndex(of: ":") {
                host = String(authority[..<colon])
                port = String(authority[authority.index(after: colon)...])
            } else {
                host = String(authority)
                port = "80"
            }
            guard !host.isEmpty, let number = Int(port), (1...65535).contains(number) else { return nil }
        }
    }

    enum Failure: Error, CustomStringConvertible {
        case resolve(String), connect(String), timeout, closed, malformed

        var description: String {
            switch self {
            case .resolve(let reason): "cannot resolve the host: \(reason)"
            case .connect(let reason): "cannot connect: \(reason)"
            case .timeout: "no answer in time"
            case .closed: "the connection closed before a status line"
            case .malformed: "the answer is not HTTP"
            }
        }
    }

    let target: Target
    let timeoutMilliseconds: Int

    /// The response's status code.
    func status() throws(Failure) -> Int {
        let deadline = Self.nowMilliseconds() + timeoutMilliseconds
        let descriptor = try connect(deadline: deadline)
        defer { close(descriptor) }
        let request = Array("GET \(target.path) HTTP/1.1\r\nHost: \(target.host)\r\nUser-Agent: kiosque-healthcheck\r\nConnection: close\r\n\r\n".utf8)
        var sent = 0
        while sent < request.count {
            try wait(descriptor, for: Int16(POLLOUT), until: deadline)
            let count = request[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno != EAGAIN && errno != EINTR { throw .closed }
            sent += max(0, count)
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 512)
        while !received.contains(0x0A) && received.count < 4096 {
            try wait(descriptor, for: Int16(POLLIN), until: deadline)
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { throw .closed }
            if count < 0 { if errno == EAGAIN || errno == EINTR { continue } else { throw .closed } }
            received += buffer[..<count]
        }
        // "HTTP/1.1 200 OK"
        let line = String(decoding: received.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self).split(separator: " ")
        guard line.count >= 2, line[0].hasPrefix("HTTP/"), let code = Int(line[1]), (100...599).contains(code) else { throw .malformed }
        return code
    }

    private func connect(deadline: Int) throws(Failure) -> Int32 {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(target.host, target.port, &hints, &list)
        guard resolved == 0, let first = list else { throw .resolve(String(cString: gai_strerror(resolved))) }
        defer { freeaddrinfo(first) }
        var lastError = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry?.pointee {
            entry = info.ai_next
            let descriptor = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
            guard descriptor >= 0 else { continue }
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            if Glibc.connect(descriptor, info.ai_addr, info.ai_addrlen) == 0 { return descriptor }
            guard errno == EINPROGRESS else {
                lastError = String(cString: strerror(errno))
                close(descriptor)
                continue
            }
            do {
                try wait(descriptor, for: Int16(POLLOUT), until: deadline)
            } catch {
                close(descriptor)
                throw error
            }
            var code: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &code, &length)
            if code == 0 { return descriptor }
            lastError = String(cString: strerror(code))
            close(descriptor)
        }
        throw .connect(lastError)
    }

    private func wait(_ descriptor: Int32, for events: Int16, until deadline: Int) throws(Failure) {
        while true {
            let remaining = deadline - Self.nowMilliseconds()
            guard remaining > 0 else { throw .timeout }
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&entry, 1, Int32(min(remaining, Int(Int32.max))))
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .closed }
        }
    }

    private static func nowMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
