#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the POSIX socket calls the engine uses. Errors carry errno's text.
enum Socket {
    struct Failure: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    /// A bound address as text: `127.0.0.1:8080` or `[::1]:8080`.
    struct BoundAddress: Sendable, CustomStringConvertible {
        let host: String
        let port: Int
        let isIPv6: Bool
        var description: String { isIPv6 ? "[\(host)]:\(port)" : "\(host):\(port)" }
    }

    /// Resolves `host` for binding (numeric addresses, `localhost`, or any resolvable name).
    static func resolve(host: String, port: Int) throws -> [(family: Int32, address: [UInt8])] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &result)
        guard status == 0, let first = result else {
            throw Failure(call: "getaddrinfo(\(host))", code: status == EAI_SYSTEM ? errno : EINVAL)
        }
        defer { freeaddrinfo(first) }
        var addresses: [(Int32, [UInt8])] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            if let address = info.pointee.ai_addr, info.pointee.ai_family == AF_INET || info.pointee.ai_family == AF_INET6 {
                let bytes = Array(UnsafeRawBufferPointer(start: address, count: Int(info.pointee.ai_addrlen)))
                if !addresses.contains(where: { $0.1 == bytes }) { addresses.append((info.pointee.ai_family, bytes)) }
            }
            cursor = info.pointee.ai_next
        }
        return addresses
    }

    /// A non-blocking listening socket bound to `address`, with `port` overriding its port
    /// when non-zero (to give every address of `localhost` the same picked port).
    static func listen(family: Int32, address: [UInt8], port: Int?, backlog: Int32 = 4096) throws -> (Int32, BoundAddress) {
        let descriptor = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(call: "socket", code: errno) }
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        if family == AF_INET6 {
            // Keep v6 sockets v6-only so that `localhost` can bind 127.0.0.1 and ::1 side by side.
            setsockopt(descriptor, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        // Linux copies TCP_NODELAY to accepted sockets; set here and again on accept for clarity.
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        var storage = address
        if let port {
            storage.withUnsafeMutableBytes { raw in
                // sin_port and sin6_port sit at the same offset, in network byte order.
                raw.storeBytes(of: UInt16(port).bigEndian, toByteOffset: 2, as: UInt16.self)
            }
        }
        let bound = storage.withUnsafeBytes { raw in
            bind(descriptor, raw.baseAddress?.assumingMemoryBound(to: sockaddr.self), socklen_t(raw.count))
        }
        guard bound == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(call: "bind", code: code)
        }
        guard Glibc.listen(descriptor, backlog) == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(call: "listen", code: code)
        }
        return (descriptor, try localAddress(descriptor))
    }

    static func localAddress(_ descriptor: Int32) throws -> BoundAddress {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard status == 0 else { throw Failure(call: "getsockname", code: errno) }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        if Int32(storage.ss_family) == AF_INET6 {
            var address = withUnsafeBytes(of: &storage) { $0.load(as: sockaddr_in6.self) }
            inet_ntop(AF_INET6, &address.sin6_addr, &text, socklen_t(text.count))
            return BoundAddress(host: cText(text), port: Int(UInt16(bigEndian: address.sin6_port)), isIPv6: true)
        }
        var address = withUnsafeBytes(of: &storage) { $0.load(as: sockaddr_in.self) }
        inet_ntop(AF_INET, &address.sin_addr, &text, socklen_t(text.count))
        return BoundAddress(host: cText(text), port: Int(UInt16(bigEndian: address.sin_port)), isIPv6: false)
    }

    /// A NUL-terminated C buffer as a String.
    private static func cText(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The process's open-file limit, raised to its hard maximum when allowed.
    static func raiseFileLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = min(limit.rlim_max, 1 << 20)
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return Int(min(limit.rlim_cur, rlim_t(Int32.max)))
    }
}
