import CLinux
#if canImport(Glibc)
import Glibc
#endif

/// The few epoll and eventfd calls an event loop makes, with errno kept.
enum Epoll {
    /// Readable, writable and peer-shut, edge-triggered: registered once per connection, so
    /// no request costs an `epoll_ctl`. An `EPOLLOUT` edge comes only after a write has met
    /// a full socket buffer, so having it always on costs nothing while writes succeed.
    static let connectionEvents = EPOLLIN.rawValue | EPOLLOUT.rawValue | EPOLLRDHUP.rawValue | EPOLLET.rawValue
    /// Level-triggered and exclusive: one waiting loop is woken per pending connection.
    static let listenerEvents = EPOLLIN.rawValue | EPOLLEXCLUSIVE.rawValue
    static let readable = EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue
    static let writable = EPOLLOUT.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue
    static let hangUp = EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue

    static func create() throws -> Int32 {
        let descriptor = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard descriptor >= 0 else { throw Socket.Failure(call: "epoll_create1", code: errno) }
        return descriptor
    }

    static func makeWakeDescriptor() throws -> Int32 {
        let descriptor = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard descriptor >= 0 else { throw Socket.Failure(call: "eventfd", code: errno) }
        return descriptor
    }

    @discardableResult
    static func add(_ descriptor: Int32, to epoll: Int32, events: UInt32, token: UInt64) -> Bool {
        var event = epoll_event()
        event.events = events
        event.data.u64 = token
        return epoll_ctl(epoll, EPOLL_CTL_ADD, descriptor, &event) == 0
    }

    static func remove(_ descriptor: Int32, from epoll: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(epoll, EPOLL_CTL_DEL, descriptor, &event)
    }

    /// Adds one to the eventfd's counter: the loop that polls it wakes up.
    static func signal(_ wake: Int32) {
        var one: UInt64 = 1
        _ = withUnsafeBytes(of: &one) { Glibc.write(wake, $0.baseAddress, 8) }
    }

    /// Resets the eventfd's counter.
    static func drain(_ wake: Int32) {
        var count: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &count) { Glibc.read(wake, $0.baseAddress, 8) }
    }

    /// CPUs the process may run on (what `taskset` allows), at least 1.
    static var usableCores: Int {
        let allowed = Int(kiosque_allowed_cpu_count())
        return max(1, allowed > 0 ? allowed : Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// An accepted socket, already non-blocking and close-on-exec.
    static func accept(_ listener: Int32) -> Int32 {
        kiosque_accept_nonblocking(listener)
    }
}
