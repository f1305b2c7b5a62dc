#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The handshake, deadlines, graceful stop and lingering close of a connection.
extension Connection {
    /// Drives the handshake; true once it is done (then HTTP starts).
    func advanceHandshake() -> Bool {
        guard let transport else { return false }
        switch transport.handshake() {
        case .done:
            machine.handshakeCompleted(now: now)
            return true
        case .wantRead:
            inputPending = false
        case .wantWrite:
            readNeedsWritable = true
        case .closed, .failed:
            close()
        }
        return false
    }

    func linger() {
        transport?.finishSending()
        shutdown(descriptor, Int32(SHUT_WR))
        machine.lingerStarted(now: now)
        syncReading()
    }

    /// After close_notify the stream carries nothing we could use: raw reads discard it.
    func discardUntilPeerCloses() {
        while true {
            let count = read(descriptor, loop.readBuffer.baseAddress, loop.readBuffer.count)
            if count == 0 { return close() }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { inputPending = false } else { close() }
                return
            }
        }
    }

    /// Called by the loop's timer heap when `deadline` may have passed.
    func deadlinePassed(now: UInt64) {
        guard !closed else { return }
        switch machine.timerFired(now: now) {
        case .none: break
        case .reject(let error):
            answer(error, method: nil)
            syncReading()
        case .close: close()
        }
    }

    /// Graceful stop: close now if idle, else after the response in progress.
    func drain() {
        if machine.drainRequested() { close() }
    }
}
