import Foundation
import KiosqueTestSupport

/// The built `kiosque` binary run as a subprocess, with its output captured.
final class KiosqueProcess: @unchecked Sendable {
    /// The `kiosque` executable next to the test bundle (same build directory).
    static var binary: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("kiosque")
    }

    let process = Process()
    private let output = Pipe()
    private let captured = CapturedOutput()

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = PackageRoot.url  // for `seeds/` and `Public/`
        var env = ProcessInfo.processInfo.environment
        // Idle connections outlive the long waits of a busy test run (see `TestServer`) unless
        // the test sets these timeouts itself.
        env["KIOSQUE_HEADER_TIMEOUT"] = "600"
        env["KIOSQUE_KEEP_ALIVE_TIMEOUT"] = "600"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // A thread of its own reads the pipe to its end with blocking reads: a `readabilityHandler`
        // leaves a dispatch source on the descriptor, and a handle freed (and closed) before the
        // source's cancellation lands crashes libdispatch's event loop on Linux.
        let handle = output.fileHandleForReading, captured = captured
        Thread.detachNewThread {
            while true {
                let data = handle.availableData
                captured.append(data)
                if data.isEmpty { return }
            }
        }
    }

    private var ended: Bool { captured.ended }

    /// Everything printed so far (stdout and stderr).
    var text: String { captured.text }

    /// When the output reached its end (the process and its children had closed it), taken
    /// on the reading thread: a busy test run does not stretch it.
    var outputEndedAt: ContinuousClock.Instant? { captured.endedAt }

    /// Waits for the "listening on http://127.0.0.1:PORT" line and returns the port; with
    /// `ready` (the default), also for the "ready after" line (the server listens while loading).
    func listeningPort(scheme: String = "http", ready: Bool = true, timeout: Duration = .seconds(60)) async throws -> Int {
        let deadline = ContinuousClock.now + timeout
        // The output is looked at once more after the deadline: a busy test run may resume this
        // task only after it.
        while true {
            let output = text
            if let range = output.range(of: "listening on \(scheme)://127\\.0\\.0\\.1:(\\d+)", options: .regularExpression),
               !ready || output.contains("ready after") {
                let match = output[range]
                if let colon = match.lastIndex(of: ":"), let port = Int(match[match.index(after: colon)...]) { return port }
            }
            guard process.isRunning else { throw ClientError("kiosque exited early:\n\(text)") }
            guard ContinuousClock.now < deadline else { throw ClientError("kiosque did not report a port in \(timeout):\n\(text)") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Waits for the process to exit and returns its status.
    func exitStatus(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                process.terminate()
                throw ClientError("kiosque did not exit in time:\n\(text)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        // The last lines may still be in the pipe when the process is reaped: read up to its end.
        let drained = ContinuousClock.now + .seconds(2)
        while !ended && ContinuousClock.now < drained { try await Task.sleep(for: .milliseconds(5)) }
        return process.terminationStatus
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

/// What a subprocess printed, appended by its reader thread and read by the test.
private final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var reachedEnd = false
    private var reachedEndAt: ContinuousClock.Instant?

    /// Appends a read; an empty one is the end of file (the process and everything it started
    /// have closed the pipe).
    func append(_ chunk: Data) {
        lock.lock()
        defer { lock.unlock() }
        if chunk.isEmpty {
            reachedEnd = true
            reachedEndAt = ContinuousClock.now
        } else {
            data.append(chunk)
        }
    }

    var endedAt: ContinuousClock.Instant? {
        lock.lock()
        defer { lock.unlock() }
        return reachedEndAt
    }

    var ended: Bool {
        lock.lock()
        defer { lock.unlock() }
        return reachedEnd
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Runs a command to completion and returns its exit status and output (stdout + stderr).
@discardableResult
func run(_ executable: String, _ arguments: [String], input: String? = nil, timeout: Double = 30) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try? stdin.fileHandleForWriting.close()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
