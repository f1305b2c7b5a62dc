/// Case, apostrophe, elision, ligature and accent folding for French text.
///
/// Two folds exist because they serve two purposes:
/// - `foldToken` is the search analyzer's per-token fold (`../shared/analysis/README.md`):
///   lowercase, `’`→`'`, elision, ligatures, accents.
/// - `foldName` compares entity names (annotation guidelines §5): no elision, but hyphens
///   become spaces and white space collapses, so `Díaz-Canel` and `Diaz Canel` are equal.
public enum TextFolding {
    /// Lowercase, apostrophes unified, ligatures expanded, combining marks dropped. No elision.
    /// NFC and NFD input fold alike (`é` and `e` + U+0301 both give `e`).
    public static func foldAccents(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                let value = scalar.value
                out.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value | 0x20)! : scalar)
                continue
            }
            appendFolded(scalar, to: &out)
        }
        return String(out)
    }

    /// The analyzer's token fold: lowercase, apostrophe, elision, ligatures, accents.
    public static func foldToken(_ token: String) -> String {
        foldAccents(Elision.elide(token))
    }

    /// The name fold of the annotation guidelines: accents and case dropped, apostrophes
    /// unified, hyphens and dashes turned to spaces, white space collapsed and trimmed.
    public static func foldName(_ name: String) -> String {
        foldAccents(name).split(whereSeparator: { $0.isWhitespace || "-‐‑‒–—".contains($0) }).joined(separator: " ")
    }

    /// `text` in NFC for the Latin, Greek and Cyrillic letters (what the stemmer expects):
    /// a letter typed as base + combining marks is recomposed.
    public static func composed(_ text: String) -> String {
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
