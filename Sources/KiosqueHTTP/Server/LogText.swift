/// Client-supplied text made safe for a log line.
enum LogText {
    /// Appends `text` with every control character, DEL and non-ASCII scalar written as
    /// `\xHH` / `\u{…}`, and the backslash itself doubled, so that one request is always one
    /// line of printable ASCII.
    static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
        // Printable ASCII without a backslash, the usual target, is copied as is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x5C }) {
            return buffer.append(contentsOf: text.utf8)
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x20..<0x7F: buffer.append(UInt8(scalar.value))
            case 0..<0x100: buffer.append(contentsOf: "\\x\(hex(scalar.value, width: 2))".utf8)
            default: buffer.append(contentsOf: "\\u{\(hex(scalar.value, width: 1))}".utf8)
            }
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
