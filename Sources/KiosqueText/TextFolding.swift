/// Case, apostrophe, elision, ligature and accent folding for French text.
///
/// Two folds exist because they serve two purposes:
/// - `foldToken` is the search analyzer's per-token fold (`Tests/Fixtures/analysis/README.md`):
///   lowercase, `’`→`'`, elision, ligatures, accents.
/// - `foldName` compares entity names (annotation guidelines §5): no elision, but hyphens
///   become spaces and white space collapses, so `Díaz-Canel` and `Diaz Canel` are equal.
public enum TextFolding {
    /// Lowercase, apostrophes unified, ligatures expanded, combining marks dropped. No elision.
    /// NFC and NFD input fold alike (`é` and `e` + U+0301 both give `e`).
    public static func foldAccents(_ text: String) -> String {
        // ASCII text (most words of a French text are) only needs its capitals lowered.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(value >= 0x41 && value <= 0x5A ? UInt8(value | 0x20) : UInt8(value))
            } else if value < 0x180 {
                out.append(contentsOf: latinFolds[Int(value - 0x80)])
            } else {
                var folded = String.UnicodeScalarView()
                appendFolded(scalar, to: &folded)
                out.append(contentsOf: String(folded).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folds of U+0080–U+017F (Latin-1 and Latin Extended-A, where French and Spanish
    /// letters live), as UTF-8 bytes: computed once, looked up per letter.
    private static let latinFolds: [[UInt8]] = (0x80..<0x180).map { value in
        var folded = String.UnicodeScalarView()
        if let scalar = Unicode.Scalar(UInt32(value)) { appendFolded(scalar, to: &folded) }
        return Array(String(folded).utf8)
    }

    /// The analyzer's token fold: lowercase, apostrophe, elision, ligatures, accents.
    public static func foldToken(_ token: String) -> String {
        foldAccents(Elision.elide(token))
    }

    /// The name fold of the annotation guidelines: accents and case dropped, apostrophes
    /// unified, hyphens and dashes turned to spaces, white space collapsed and trimmed.
    public static func foldName(_ name: String) -> String {
        let folded = foldAccents(name)
        if isCollapsedASCII(folded) { return folded }
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if isNameSeparator(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            UTF8.encode(scalar) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `foldName` of one word given as UTF-8 bytes (letters, digits, marks, inner hyphens and
    /// apostrophes, as the entity tokenizer cuts them), without building the word's `String`
    /// first: ASCII and Latin-1/Latin Extended-A letters are folded by table, anything else
    /// by `foldName` itself.
    public static func foldNameWord(_ word: UnsafeBufferPointer<UInt8>) -> String {
        // Two-byte sequences from U+0080 to U+017F start with 0xC2…0xC5; anything else that
        // is not ASCII takes the general fold.
        var index = 0
        var length = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 { length += 1; index += 1; continue }
            guard byte >= 0xC2 && byte <= 0xC5, index + 1 < word.count else {
                return foldName(String(decoding: word, as: UTF8.self))
            }
            length += latinFolds[latinValue(byte, word[index + 1]) - 0x80].count
            index += 2
        }
        return String(unsafeUninitializedCapacity: length) { output in
            var written = 0
            var index = 0
            while index < word.count {
                let byte = word[index]
                if byte < 0x80 {
                    output[written] = byte == 0x2D ? 0x20 : (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    written += 1
                    index += 1
                    continue
                }
                for folded in latinFolds[latinValue(byte, word[index + 1]) - 0x80] {
                    output[written] = folded
                    written += 1
                }
                index += 2
            }
            return written
        }
    }

    @inline(__always)
    private static func latinValue(_ lead: UInt8, _ continuation: UInt8) -> Int {
        (Int(lead & 0x1F) << 6) | Int(continuation & 0x3F)
    }

    /// ASCII words separated by single spaces, no hyphen: already a folded name.
    private static func isCollapsedASCII(_ text: String) -> Bool {
        var previousWasSpace = true  // a leading space is not collapsed
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 0x2D || (byte >= 0x09 && byte <= 0x0D) { return false }
            let isSpace = byte == 0x20
            if isSpace && previousWasSpace { return false }
            previousWasSpace = isSpace
        }
        return !previousWasSpace || text.isEmpty
    }

    /// White space, hyphens and dashes: what separates the words of a name.
    private static func isNameSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x2D, 0x2010...0x2014: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// `text` in NFC for the Latin, Greek and Cyrillic letters (what the stemmer expects):
    /// a letter typed as base + combining marks is recomposed.
    public static func composed(_ text: String) -> String {
        // Combining marks are U+0300 and above, whose UTF-8 lead bytes are 0xCC and above:
        // without such a byte there is nothing to compose, and no scalar's category to look up.
        guard text.utf8.contains(where: { $0 >= 0xCC }) else { return text }
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .nonspacingMark }) else { return text }
        var out = ""
        for character in text {
            // Character equality is canonical equivalence, so the NFD cluster finds its NFC letter.
            out.append(character.unicodeScalars.count > 1 ? (precomposed[character] ?? character) : character)
        }
        return out
    }

    private static let precomposed: [Character: Character] = {
        var table: [Character: Character] = [:]
        for value in FoldingTable.precomposed {
            if let scalar = Unicode.Scalar(value) {
                table[Character(scalar)] = Character(scalar)
            }
        }
        return table
    }()

    /// Lowercases one non-ASCII scalar and appends its folded form.
    private static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        switch scalar {
        case "\u{2019}", "\u{2018}", "\u{02BC}": out.append("'"); return
        case "œ", "Œ": out.append(contentsOf: "oe".unicodeScalars); return
        case "æ", "Æ": out.append(contentsOf: "ae".unicodeScalars); return
        case "ß", "ẞ": out.append(contentsOf: "ss".unicodeScalars); return
        case "\u{FB00}": out.append(contentsOf: "ff".unicodeScalars); return
        case "\u{FB01}": out.append(contentsOf: "fi".unicodeScalars); return
        case "\u{FB02}": out.append(contentsOf: "fl".unicodeScalars); return
        case "\u{FB03}": out.append(contentsOf: "ffi".unicodeScalars); return
        case "\u{FB04}": out.append(contentsOf: "ffl".unicodeScalars); return
        default: break
        }
        if scalar.properties.generalCategory == .nonspacingMark { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if let base = FoldingTable.withoutMarks[lower.value] {
                out.append(contentsOf: base.unicodeScalars)
            } else if lower.properties.generalCategory != .nonspacingMark {
                out.append(lower)
            }
        }
    }
}
