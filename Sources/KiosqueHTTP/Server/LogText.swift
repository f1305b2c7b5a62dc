/// Client-supplied text made safe for a log line.
enum LogText {
    /// `text` with every control character, DEL and non-ASCII scalar written as `\xHH` /
    /// `\u{…}`, and the backslash itself doubled, so that one request is always one line of
    /// printable ASCII.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: result += "\\\\"
            case 0x20..<0x7F: result.unicodeScalars.append(scalar)
            case 0..<0x100: result += "\\x" + hex(scalar.value, width: 2)
            default: result += "\\u{" + hex(scalar.value, width: 1) + "}"
            }
        }
        return result
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
