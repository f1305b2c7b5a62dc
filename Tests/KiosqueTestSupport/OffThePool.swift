import Foundation

/// Runs CPU-bound test work on a thread of its own and awaits its result.
///
/// Swift Testing runs tests as tasks on the cooperative pool, which has one thread per core:
/// on a two-core machine two long synchronous tests (a scan of every annotated article) hold
/// both threads for seconds, and the socket tests' servers and clients, which await on the
/// same pool, time out. Work run here leaves the pool free; its checks are made on the result,
/// back in the test, where `#expect` records them against the test.
package func offThePool<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Swift.Result { try work() })
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
