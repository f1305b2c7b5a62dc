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
    private let lock = NSLock()
    private var captured = Data()

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = PackageRoot.url  // for `seeds/` and `Public/`
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.captured.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    /// Everything printed so far (stdout and stderr).
    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: captured, as: UTF8.self)
    }

    /// Waits for the "listening on http://127.0.0.1:PORT" line and returns the port.
    func listeningPort(scheme: String = "http", timeout: Duration = .seconds(60)) async throws -> Int {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let range = text.range(of: "listening on \(scheme)://127\\.0\\.0\\.1:(\\d+)", options: .regularExpression) {
                let match = text[range]
                if let colon = match.lastIndex(of: ":"), let port = Int(match[match.index(after: colon)...]) { return port }
            }
            guard process.isRunning else { throw ClientError("kiosque exited early:\n\(text)") }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ClientError("kiosque did not report a port:\n\(text)")
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
        return process.terminationStatus
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    deinit {
        if process.isRunning { process.terminate() }
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
