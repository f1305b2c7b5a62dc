#if canImport(Glibc)
import Glibc
#endif

/// This process's memory as Linux reports it in `/proc/self/status` (nil elsewhere).
enum ProcessMemory {
    /// The peak resident set size (`VmHWM`), in bytes.
    static var peakResidentBytes: Int? { statusField("VmHWM:") }

    /// The current resident set size (`VmRSS`), in bytes.
    static var residentBytes: Int? { statusField("VmRSS:") }

    /// A `kB` field of `/proc/self/status`, in bytes.
    private static func statusField(_ name: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0 {
            guard let line else { continue }
            let text = String(cString: line)
            guard text.hasPrefix(name) else { continue }
            let digits = text.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
