/// Re-indents compact JSON for `?pretty`, without parsing it into values.
///
/// Precomputed bodies are stored compact; a reader asking for `?pretty` gets the same bytes
/// re-indented on the fly, so no second copy of every body is kept in memory.
package enum JSONPrettyPrinter {
    /// `json` indented by two spaces per level, one member or element per line.
    package static func indent(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 2)
        var depth = 0
        var inString = false
        var escaped = false
        var index = 0
        func newline(_ out: inout [UInt8], _ depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        while index < json.count {
            let byte = json[index]
            index += 1
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(byte)
                let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if index < json.count, json[index] == closing {
                    out.append(closing)  // keep empty containers on one line: {} and []
                    index += 1
                } else {
                    depth += 1
                    newline(&out, depth)
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth = max(0, depth - 1)
                newline(&out, depth)
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline(&out, depth)
            case UInt8(ascii: ":"):
                out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            case 0x20, 0x0A, 0x0D, 0x09:
                continue
            default:
                out.append(byte)
            }
        }
        out.append(0x0A)
        return out
    }
}
