/// Hooks for tests that drive the server's clock by hand: run the deadline sweep at once, and
/// know when connections have started (their first deadline is armed).
extension HTTPServer {
    /// Runs every I/O queue's deadline sweep now and waits for it: tests advance their clock,
    /// then sweep, instead of waiting for the periodic timer.
    package func sweepDeadlines() async {
        for worker in workers {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                worker.queue.async {
                    worker.sweep()
                    done.resume()
                }
            }
        }
    }

    /// Connections that have started on their I/O queue (their deadlines are armed): tests
    /// wait for this before they advance their clock.
    package func startedConnections() async -> Int {
        var total = 0
        for worker in workers {
            total += await withCheckedContinuation { (done: CheckedContinuation<Int, Never>) in
                worker.queue.async { done.resume(returning: worker.connectionCount) }
            }
        }
        return total
    }
}
