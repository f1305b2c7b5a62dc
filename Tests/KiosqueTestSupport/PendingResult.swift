import Dispatch
import Synchronization

/// A result some other thread delivers, awaited by a test. The work behind it starts at once
/// (`startedNow`, `RawClient.watchForClose()`), not when a child task first gets one of the
/// cooperative pool's threads: while the suite's other tests keep those busy, that can be
/// tens of seconds later, which would stall a sender or stretch a measured instant.
public final class PendingResult<Value: Sendable>: Sendable {
    private enum State {
        case waiting(CheckedContinuation<Value, any Error>?)
        case ended(Result<Value, any Error>)
    }

    private let state = Mutex<State>(.waiting(nil))

    init() {}

    /// Delivers the result (once) and wakes the waiter, if any.
    func end(with result: Result<Value, any Error>) {
        let waiter: CheckedContinuation<Value, any Error>? = state.withLock { state in
            guard case .waiting(let waiter) = state else { return nil }
            state = .ended(result)
            return waiter
        }
        waiter?.resume(with: result)
    }

    /// The result, waiting for it if it has not come yet. Await it once.
    public func value() async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let ended: Result<Value, any Error>? = state.withLock { state in
                switch state {
                case .ended(let result): return result
                case .waiting: state = .waiting(continuation); return nil
                }
            }
            if let ended { continuation.resume(with: ended) }
        }
    }
}

/// Starts `work` now on a serial queue of its own (libdispatch gives it a thread) and returns
/// its result to await later.
public func startedNow<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) -> PendingResult<Value> {
    let pending = PendingResult<Value>()
    DispatchQueue(label: "kiosque.test.started-now", qos: .userInitiated).async {
        pending.end(with: Result { try work() })
    }
    return pending
}
