import KiosqueHTTP

extension HTTPServer {
    /// True once every connection has released its descriptor. Closing finishes in Dispatch
    /// cancel handlers that run after the close, so this polls, for at most `limit`.
    package func waitUntilConnectionsClose(within limit: Duration = .seconds(5)) async -> Bool {
        let end = ContinuousClock.now + limit
        while openConnections > 0 && ContinuousClock.now < end {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return openConnections == 0
    }

    /// True once `count` connections have started on their I/O queues, polled for at most `limit`.
    package func waitUntilStarted(_ count: Int, within limit: Duration = .seconds(5)) async -> Bool {
        let end = ContinuousClock.now + limit
        while await startedConnections() < count && ContinuousClock.now < end {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return await startedConnections() >= count
    }
}
