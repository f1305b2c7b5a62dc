/// Reads one JSON object (RFC 8259) whose members of interest are strings or arrays of
/// strings: a JSONL article record. Other members are checked for well-formedness and skipped.
///
/// Written for the JSONL loader rather than going through `JSONDecoder`: a corpus line is
/// read once, its strings are cut straight out of the line at their exact size, and an error
/// says where the line went wrong.
struct JSONObjectReader {
    /// A member's value, as far as the record needs to know it.
    enum Value {
        case string(String)
        case strings([String])
        case null
        /// A number, a boolean, an object, or an array holding something other than strings.
        case other
    }

    struct Failure: Error {
        /// What is wrong, for a `path:line: message` report.
        let message: String
    }

    /// Unknown members may nest this deep; deeper is refused (no unbounded recursion).
    static let maxDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The object's members in order (a repeated name appears twice: the caller keeps the last).
    static func members(of line: UnsafeBufferPointer<UInt8>) throws(Failure) -> [(name: String, value: Value)] {
        var reader = JSONObjectReader(line)
        reader.skipSpace()
        guard reader.peek() == UInt8(ascii: "{") else { throw Failure(message: "not a JSON object") }
        let members = try reader.object()
        reader.skipSpace()
        guard reader.position == line.count else { throw reader.failure("unexpected text after the object") }
        return members
    }

    // MARK: Grammar

    private mutating func object() throws(Failure) -> [(name: String, value: Value)] {
        position += 1  // `{`
        var members: [(name: String, value: Value)] = []
        skipSpace()
        if peek() == UInt8(ascii: "}") { position += 1; return members }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a member name in double quotes") }
            let name = try string()
            skipSpace()
            guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after the member name") }
            position += 1
            skipSpace()
            members.append((name, try value()))
            skipSpace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return members
            default: throw failure("expected ',' or '}' in the object")
            }
        }
    }

    private mutating func value() throws(Failure) -> Value {
        switch peek() {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "["): return try stringsOrOther()
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: try skipValue(depth: 1); return .other
        }
    }

    /// An array: its strings when it holds only strings.
    private mutating func stringsOrOther() throws(Failure) -> Value {
        let start = position
        position += 1  // `[`
        var strings: [String] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") { position += 1; return .strings(strings) }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else {
                position = start
                try skipValue(depth: 1)
                return .other
            }
            strings.append(try string())
            skipSpace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .strings(strings)
            default: throw failure("expected ',' or ']' in the array")
            }
        }
    }

    /// Any value, checked and passed over.
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard depth <= Self.maxDepth else { throw failure("values nested more than \(Self.maxDepth) deep") }
        guard let next = peek() else { throw failure("unexpected end of line") }
        switch next {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let isObject = next == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipSpace()
            if peek() == close { position += 1; return }
            while true {
                skipSpace()
                if isObject {
                    guard peek() == UInt8(ascii: "\"") else { throw failure("expected a member name in double quotes") }
                    _ = try string()
                    skipSpace()
                    guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after the member name") }
                    position += 1
                    skipSpace()
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                if peek() == UInt8(ascii: ",") { position += 1; continue }
                guard peek() == close else { throw failure(isObject ? "expected ',' or '}' in the object" : "expected ',' or ']' in the array") }
                position += 1
                return
            }
        default: throw failure("expected a value")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let expected = word.utf8
        guard position + expected.count <= bytes.count,
              bytes[position..<(position + expected.count)].elementsEqual(expected) else { throw failure("expected a value") }
        position += expected.count
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(Failure) {
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), isDigit(first) else { throw failure("invalid number") }
        position += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let digit = peek(), isDigit(digit) else { throw failure("invalid number") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let digit = peek(), isDigit(digit) else { throw failure("invalid number") }
            skipDigits()
        }
    }

    // MARK: Strings

    /// A string at `position` (on its opening quote), unescaped and checked as UTF-8.
    private mutating func string() throws(Failure) -> String {
        position += 1
        let start = position
        // Fast path: no escape, the string is its bytes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try utf8String(UnsafeBufferPointer(rebasing: bytes[start..<position]))
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("control character in a string") }
            position += 1
        }
        guard position < bytes.count else { throw failure("unterminated string") }
        var unescaped = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return try unescaped.withUnsafeBufferPointer { buffer throws(Failure) in try utf8String(buffer) }
            case UInt8(ascii: "\\"):
                position += 1
                try escape(into: &unescaped)
            case 0..<0x20:
                throw failure("control character in a string")
            default:
                unescaped.append(byte)
                position += 1
            }
        }
        throw failure("unterminated string")
    }

    /// The escape after a backslash, appended as UTF-8.
    private mutating func escape(into output: inout [UInt8]) throws(Failure) {
        guard let code = peek() else { throw failure("unterminated string") }
        position += 1
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(code)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hexQuad()
            if (0xD800..<0xDC00).contains(value) {
                // A high surrogate must be followed by `\u` and a low one.
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw failure("unpaired surrogate in a \\u escape")
                }
                position += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate in a \\u escape") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(value) {
                throw failure("unpaired surrogate in a \\u escape")
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure("invalid \\u escape") }
            UTF8.encode(scalar) { output.append($0) }
        default:
            throw failure("invalid escape '\\\(Unicode.Scalar(code))' in a string")
        }
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func utf8String(_ buffer: UnsafeBufferPointer<UInt8>) throws(Failure) -> String {
        guard let text = String(validating: buffer, as: UTF8.self) else { throw Failure(message: "invalid UTF-8") }
        return text
    }

    // MARK: Bytes

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { position += 1 }
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    /// An error at the current position, counted in bytes from 1 as editors count columns.
    private func failure(_ message: String) -> Failure {
        Failure(message: "invalid JSON at byte \(position + 1): \(message)")
    }
}
