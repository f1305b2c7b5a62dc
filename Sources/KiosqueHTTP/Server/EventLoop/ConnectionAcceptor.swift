import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A listening socket shared by every event loop. Each loop polls it (exclusively: one is
/// woken per pending connection); the last loop to stop listening closes it.
final class Listener: Sendable {
    let descriptor: Int32
    let address: Socket.BoundAddress
    private let holders: Atomic<Int>

    init(descriptor: Int32, address: Socket.BoundAddress, holders: Int) {
        self.descriptor = descriptor
        self.address = address
        self.holders = Atomic(holders)
    }

    func release() {
        if holders.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 { close(descriptor) }
    }
}

/// Accepts pending connections and hands them round-robin to the loops, so that whichever
/// loop the kernel wakes, connections spread evenly. A connection moves to its loop once,
/// when it is accepted; after that it never changes thread.
final class ConnectionAcceptor: Sendable {
    enum Outcome {
        /// The backlog is empty, or this turn's share is taken.
        case drained
        /// The process is out of descriptors: stop polling the listener for a while.
        case outOfDescriptors
    }

    /// Connections accepted per wake-up, so that one loop cannot starve its own connections.
    private static let batch = 64

    private let core: ServerCore
    private let loops: [EventLoop]
    private let next = Atomic<Int>(0)

    init(core: ServerCore, loops: [EventLoop]) {
        self.core = core
        self.loops = loops
    }

    func acceptPending(from listener: Listener, on current: EventLoop) -> Outcome {
        for _ in 0..<Self.batch {
            let descriptor = Epoll.accept(listener.descriptor)
            if descriptor < 0 {
                switch errno {
                case EAGAIN, EWOULDBLOCK: return .drained
                case EINTR, ECONNABORTED, EPROTO: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    core.logger.warning("out of file descriptors (\(core.openConnections.load(ordering: .relaxed)) connections open); pausing accept for 100 ms")
                    return .outOfDescriptors
                default:
                    core.logger.warning("accept failed: \(Socket.Failure(call: "accept", code: errno))")
                    return .drained
                }
            }
            // TCP_NODELAY is inherited from the listening socket on Linux.
            let open = core.openConnections.add(1, ordering: .relaxed).newValue
            if open > core.maxConnections || core.draining.load(ordering: .relaxed) {
                core.openConnections.subtract(1, ordering: .relaxed)
                refuseOverloaded(descriptor)
                continue
            }
            let loop = loops[next.add(1, ordering: .relaxed).newValue % loops.count]
            let connection = Connection(descriptor: descriptor, loop: loop, core: core, tls: core.tls?.context)
            if loop === current {
                loop.register(connection)
            } else if !loop.execute({ loop.register(connection) }) {
                connection.close()
            }
        }
        return .drained
    }

    /// Past `maxConnections`: a best-effort 503 and close; the server stays healthy.
    private func refuseOverloaded(_ descriptor: Int32) {
        if core.tls == nil {
            _ = core.overloadedResponse.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }
        close(descriptor)
    }
}
