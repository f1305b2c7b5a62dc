import Dispatch

/// Work started on another thread now and collected later. A start-up phase leaves cores idle
/// in its serial steps and while its last chunks finish; work that needs what is already
/// loaded, but not that phase's result, fills them instead of running after it.
///
/// The work gets a thread of its own (`OwnThread`), never a Dispatch queue's: `value()` blocks
/// its caller, and a caller on Swift's cooperative pool would otherwise wait for work queued
/// behind every job of that pool, holding one of its threads meanwhile.
package final class SideTask<Value: Sendable>: @unchecked Sendable {
    // (Unchecked: `result` is written once by the worker before `done` is left, and read only
    // after `done` is waited for, which orders the two.)
    private var result: Value?
    private let done = DispatchGroup()
    private let work: @Sendable () -> Value

    package init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        done.enter()
        let started = OwnThread.start { [self] in
            result = work()
            done.leave()
        }
        if !started { done.leave() }  // no thread: `value()` runs the work itself
    }

    /// The work's result, waiting for it if it is still running.
    package func value() -> Value {
        done.wait()
        return result ?? work()
    }
}
