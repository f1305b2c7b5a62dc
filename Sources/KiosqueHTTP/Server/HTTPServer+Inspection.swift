/// Hooks for tests that drive the server's clock by hand: fire due deadlines at once, and
/// know when connections have started (their first deadline is armed).
extension HTTPServer {
    /// Fires every loop's due deadlines now and waits for it: tests advance their clock,
    /// then sweep, instead of waiting for the loop's own timeout.
    package func sweepDeadlines() async {
        for loop in eventLoops {
            _ = await loop.perform { $0.fireDueTimers() }
        }
    }

    /// Connections that have started on their event loop (their deadlines are armed): tests
    /// wait for this before they advance their clock.
    package func startedConnections() async -> Int {
        var total = 0
        for loop in eventLoops {
            total += await loop.perform { $0.connectionCount } ?? 0
        }
        return total
    }
}
