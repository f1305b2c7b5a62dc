/// Finds the words of UTF-8 text exactly where `FrenchAnalyzer` does (runs of letters,
/// digits and marks, joined by inner apostrophes and hyphens), but on bytes and without
/// allocating: the index analyses each distinct word once and looks the rest up by its bytes.
/// A span is the whole word as written, elided article included, so analysing it alone gives
/// the tokens the analyzer gives it in context.
package struct SpanScanner {
    package struct Span {
        package var bytes: Range<Int>
        var utf16Start: Int
    }

    private let text: UnsafeBufferPointer<UInt8>
    private let kinds: [Kind]
    private var offset = 0
    private var utf16 = 0

    package init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        kinds = Self.basicPlaneKinds
    }

    /// The next span, or nil at the end of the text.
    package mutating func next() -> Span? {
        while offset < text.count {
            let scalar = decode(at: offset)
            guard scalar.kind == .word else {
                offset += scalar.length
                utf16 += scalar.utf16
                continue
            }
            let start = offset, utf16Start = utf16
            offset += scalar.length
            utf16 += scalar.utf16
            while offset < text.count {
                // Most of a French word is ASCII letters: skip them eight at a time.
                if offset + 8 <= text.count, let base = text.baseAddress {
                    let run = Self.asciiWordBytes(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                    offset += run
                    utf16 += run
                    if run == 8 { continue }
                }
                let byte = text[offset]
                if byte < 0x80 && Self.asciiKind(byte) == .word {
                    offset += 1
                    utf16 += 1
                    continue
                }
                let current = decode(at: offset)
                if current.kind == .word {
                    offset += current.length
                    utf16 += current.utf16
                    continue
                }
                // A joiner belongs to the word only when a word scalar follows it.
                guard current.kind == .joiner, offset + current.length < text.count else { break }
                let following = decode(at: offset + current.length)
                guard following.kind == .word else { break }
                offset += current.length + following.length
                utf16 += current.utf16 + following.utf16
            }
            return Span(bytes: start..<offset, utf16Start: utf16Start)
        }
        return nil
    }

    enum Kind: UInt8 {
        case other = 0, word, joiner
    }

    private struct Scalar {
        var kind: Kind
        var length: Int
        var utf16: Int
    }

    /// Decodes the scalar at `index` (the text is valid UTF-8: it comes from a `String`).
    @inline(__always)
    private func decode(at index: Int) -> Scalar {
        let lead = text[index]
        if lead < 0x80 { return Scalar(kind: Self.asciiKind(lead), length: 1, utf16: 1) }
        if lead < 0xE0, index + 1 < text.count {
            let value = Int(lead & 0x1F) << 6 | Int(text[index + 1] & 0x3F)
            return Scalar(kind: kinds[value], length: 2, utf16: 1)
        }
        if lead < 0xF0, index + 2 < text.count {
            let value = Int(lead & 0x0F) << 12 | Int(text[index + 1] & 0x3F) << 6 | Int(text[index + 2] & 0x3F)
            return Scalar(kind: kinds[value], length: 3, utf16: 1)
        }
        let length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
        var value = UInt32(lead & (lead < 0xE0 ? 0x1F : (lead < 0xF0 ? 0x0F : 0x07)))
        let end = min(text.count, index + length)
        for position in (index + 1)..<max(index + 1, end) { value = value << 6 | UInt32(text[position] & 0x3F) }
        return Scalar(kind: Self.classify(value), length: end - index, utf16: length == 4 ? 2 : 1)
    }

    /// How many of the eight bytes (in memory order) are, from the first, ASCII letters or
    /// digits: per-byte range tests on the whole word (a byte below 0x80 with its high bit
    /// set minus k keeps that bit exactly when it is at least k, borrowing from nothing else).
    @inline(__always)
    private static func asciiWordBytes(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func atLeast(_ value: UInt64, _ bound: UInt8) -> UInt64 { ((value | highs) &- ones &* UInt64(bound)) & highs }
        let lower = word | 0x2020_2020_2020_2020
        let letters = atLeast(lower, 0x61) & ~atLeast(lower, 0x7B)
        let digits = atLeast(word, 0x30) & ~atLeast(word, 0x3A)
        let alphanumeric = (letters | digits) & ~word & highs  // bytes of 0x80 and more are not ASCII
        return (~alphanumeric & highs).trailingZeroBitCount >> 3
    }

    /// ASCII: letters and digits are word scalars; `'` and `-` join.
    @inline(__always)
    private static func asciiKind(_ byte: UInt8) -> Kind {
        if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 { return .word }
        return byte == 0x27 || byte == 0x2D ? .joiner : .other
    }

    /// Kinds of the Basic Multilingual Plane (64 KB, computed once), looked up instead of
    /// asking for the general category of every accented letter and typographic apostrophe.
    private static let basicPlaneKinds: [Kind] = (0..<0x10000).map { $0 < 0x80 ? asciiKind(UInt8($0)) : classify(UInt32($0)) }

    /// The analyzer's rules: letters, decimal digits and marks are word scalars except the
    /// modifier apostrophe; apostrophes (’ ʼ) and hyphens (‐ ‑) join.
    private static func classify(_ value: UInt32) -> Kind {
        switch value {
        case 0x2019, 0x02BC, 0x2010, 0x2011: return .joiner
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .other }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .nonspacingMark, .spacingMark:
            return .word
        default:
            return .other
        }
    }
}
