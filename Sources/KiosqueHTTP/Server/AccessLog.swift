import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The access log, off the request path: an I/O queue formats its line into a byte buffer,
/// and a background queue writes the buffer in batches (at most `flushDelay` late, or at once
/// when `batchBytes` accumulate). Lines look like the logger's own, so the log reads the same;
/// client text is escaped by `LogText`'s rules.
final class AccessLog: Sendable {
    /// How long a line may wait for company before it is written.
    static let flushDelay: DispatchTimeInterval = .milliseconds(20)
    /// A batch this large is written without waiting.
    static let batchBytes = 32 * 1024
    /// Writes to a pipe up to this size are atomic (POSIX `PIPE_BUF`): batches are cut at line
    /// ends within it, so other writers to stderr never split one of our lines.
    static let atomicWrite = 4096

    private struct State {
        var pending: [UInt8] = []
        var flushScheduled = false
        /// The prefix `2026-12-04T12:44:39+0000 info kiosque: [KiosqueHTTP] ` and its second.
        var second: time_t = -1
        var prefix: [UInt8] = []
    }

    private let descriptor: Int32
    private let label: String
    private let state = LockedValue(State())
    private let queue = DispatchQueue(label: "kiosque.access-log")

    init(descriptor: Int32 = 2, label: String) {
        self.descriptor = descriptor
        self.label = label
    }

    /// Queues one line: `METHOD target status bytesB microsµs`.
    func record(method: String, target: String, status: Int, bytes: Int, microseconds: Int) {
        let now = time(nil)
        let startFlush = state.withLock { state -> Bool in
            if state.second != now {
                state.second = now
                state.prefix = Self.prefix(at: now, label: label)
            }
            state.pending.append(contentsOf: state.prefix)
            state.pending.append(contentsOf: method.utf8)
            state.pending.append(0x20)
            LogText.appendEscaped(target, to: &state.pending)
            state.pending.append(0x20)
            state.pending.append(contentsOf: String(status).utf8)
            state.pending.append(0x20)
            state.pending.append(contentsOf: String(bytes).utf8)
            state.pending.append(UInt8(ascii: "B"))
            state.pending.append(0x20)
            state.pending.append(contentsOf: String(microseconds).utf8)
            state.pending.append(contentsOf: "µs\n".utf8)
            guard !state.flushScheduled else { return false }
            state.flushScheduled = true
            return true
        }
        if startFlush {
            queue.asyncAfter(deadline: .now() + Self.flushDelay) { [self] in writePending() }
        } else if state.withLock({ $0.pending.count >= Self.batchBytes }) {
            queue.async { [self] in writePending() }
        }
    }

    /// Writes every queued line now (at shutdown, so that no line is lost).
    func flush() {
        queue.sync { writePending() }
    }

    /// Runs on `queue` only, so that batches reach the descriptor in order.
    private func writePending() {
        let batch = state.withLock { state -> [UInt8] in
            state.flushScheduled = false
            defer { state.pending.removeAll(keepingCapacity: true) }
            return state.pending
        }
        var start = 0
        while start < batch.count {
            var end = min(batch.count, start + Self.atomicWrite)
            if end < batch.count, let lastLineEnd = batch[start..<end].lastIndex(of: 0x0A) { end = lastLineEnd + 1 }
            let written = batch[start..<end].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            // A failing log (closed stderr) must not stop the server: the batch is dropped.
            if written <= 0 { return }
            start += written
        }
    }

    /// `2026-12-04T12:44:39+0000 info LABEL: [KiosqueHTTP] `, as swift-log's stream handler writes it.
    private static func prefix(at seconds: time_t, label: String) -> [UInt8] {
        var clock = seconds
        var parts = tm()
        localtime_r(&clock, &parts)
        var text = [Int8](repeating: 0, count: 64)
        let count = strftime(&text, text.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
        var prefix = text.prefix(count).map { UInt8(bitPattern: $0) }
        prefix.append(contentsOf: " info \(label): [KiosqueHTTP] ".utf8)
        return prefix
    }
}
