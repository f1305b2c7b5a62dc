/// UTF-16 to and from `String` by hand: the standard library's generic UTF-16 decoding is
/// several times slower than this for the snippets of a page.
enum UTF16Text {
    /// The UTF-16 code units of `text` (as `Array(text.utf16)`), or only its first ones once
    /// there are at least `limit` (a snippet needs the start of a long paragraph).
    static func units(of text: String, limit: Int = .max) -> [UInt16] {
        var text = text
        return text.withUTF8 { utf8 in
            var units: [UInt16] = []
            units.reserveCapacity(min(utf8.count, limit))
            var index = 0
            while index < utf8.count && units.count < limit {
                let lead = utf8[index]
                if lead < 0x80 {
                    units.append(UInt16(lead))
                    index += 1
                    continue
                }
                let length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
                var value = UInt32(lead & (lead < 0xE0 ? 0x1F : (lead < 0xF0 ? 0x0F : 0x07)))
                let end = min(utf8.count, index + length)
                for position in (index + 1)..<max(index + 1, end) { value = value << 6 | UInt32(utf8[position] & 0x3F) }
                if value >= 0x10000 {
                    value -= 0x10000
                    units.append(UInt16(0xD800 + (value >> 10)))
                    units.append(UInt16(0xDC00 + (value & 0x3FF)))
                } else {
                    units.append(UInt16(value))
                }
                index = end
            }
            return units
        }
    }

    /// A string from UTF-16 code units, each unpaired surrogate replaced by U+FFFD (as
    /// `String(decoding:as: UTF16.self)` does).
    static func string(from units: [UInt16]) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count + units.count / 2)
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            var value = UInt32(unit)
            if UTF16.isLeadSurrogate(unit), index < units.count, UTF16.isTrailSurrogate(units[index]) {
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                index += 1
            } else if unit >= 0xD800 && unit <= 0xDFFF {
                value = 0xFFFD
            }
            // Byte by byte: an array literal per accented letter was a heap allocation each.
            switch value {
            case ..<0x80:
                utf8.append(UInt8(value))
            case ..<0x800:
                utf8.append(UInt8(0xC0 | value >> 6))
                utf8.append(UInt8(0x80 | value & 0x3F))
            case ..<0x10000:
                utf8.append(UInt8(0xE0 | value >> 12))
                utf8.append(UInt8(0x80 | (value >> 6) & 0x3F))
                utf8.append(UInt8(0x80 | value & 0x3F))
            default:
                utf8.append(UInt8(0xF0 | value >> 18))
                utf8.append(UInt8(0x80 | (value >> 12) & 0x3F))
                utf8.append(UInt8(0x80 | (value >> 6) & 0x3F))
                utf8.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
