/// An HTML snippet around the first matches: text escaped, matches in `<mark>`.
enum Snippet {
    static let width = 240

    static func make(_ text: String, marks: [Range<Int>]) -> String {
        let center = marks.first?.lowerBound ?? 0
        // The window ends at most `width + 40` past its start: the units after that are never
        // read, and a text cut there still has more units than any index compared with its count.
        let units = UTF16Text.units(of: text, limit: max(0, center - width / 3) + width + 41)
        var start = max(0, center - width / 3)
        var end = min(units.count, start + width)
        start = max(0, min(start, end - width))
        // Cut at spaces, not inside words.
        while start > 0 && start < units.count && units[start - 1] != 0x20 { start -= 1 }
        while end < units.count && units[end] != 0x20 && end - start < width + 40 { end += 1 }
        var html: [UInt16] = []
        html.reserveCapacity(end - start + 64)
        if start > 0 { html += "… ".utf16 }
        var cursor = start
        for mark in marks where mark.lowerBound >= start && mark.upperBound <= end {
            escape(units[cursor..<mark.lowerBound], into: &html)
            html += "<mark>".utf16
            escape(units[mark], into: &html)
            html += "</mark>".utf16
            cursor = mark.upperBound
        }
        escape(units[cursor..<end], into: &html)
        if end < units.count { html += " …".utf16 }
        // One decoding: a surrogate cut off at a slice's edge is repaired as it was per slice,
        // since only ASCII is put between slices.
        return UTF16Text.string(from: html)
    }

    /// Appends `units` with `& < > " '` escaped where they stand alone as characters (as
    /// `Character` comparison does: a quote carrying a combining mark is another character).
    static func escape(_ units: ArraySlice<UInt16>, into html: inout [UInt16]) {
        for index in units.indices {
            let unit = units[index]
            let entity: String.UTF16View
            switch unit {
            case 0x26: entity = "&amp;".utf16
            case 0x3C: entity = "&lt;".utf16
            case 0x3E: entity = "&gt;".utf16
            case 0x22: entity = "&quot;".utf16
            case 0x27: entity = "&#39;".utf16
            default:
                html.append(unit)
                continue
            }
            if standsAlone(units, index) { html += entity } else { html.append(unit) }
        }
    }

    /// Whether the ASCII unit at `index` is a character of its own within `units`: the break
    /// after it depends only on the next scalar (an extending mark would join it), the break
    /// before it only on the previous one (a prepended mark).
    private static func standsAlone(_ units: ArraySlice<UInt16>, _ index: Int) -> Bool {
        let next = index + 1
        if next < units.endIndex && units[next] >= 0x80 {
            let end = UTF16.isLeadSurrogate(units[next]) && next + 1 < units.endIndex ? next + 2 : next + 1
            if String(decoding: units[index..<end], as: UTF16.self).count != 2 { return false }
        }
        let previous = index - 1
        if previous >= units.startIndex && units[previous] >= 0x80 {
            let first = UTF16.isTrailSurrogate(units[previous]) && previous - 1 >= units.startIndex ? previous - 1 : previous
            if String(decoding: units[first...index], as: UTF16.self).count != 2 { return false }
        }
        return true
    }
}
