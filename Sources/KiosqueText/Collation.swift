/// Orders for showing lists to people: French titles and names (`Été` between `Est` and
/// `Zafra`, not after it), and ids whose digits compare as numbers (`9` before `10`).
public enum Collation {
    /// The primary key of the French order: accents and case folded. Sort by it, then by the
    /// exact text (so `cote`, `côte`, `Côte` keep one stable order).
    public static func frenchKey(_ text: String) -> String {
        TextFolding.foldAccents(text)
    }

    /// French order of two texts: folded first, then exact.
    public static func frenchPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        let (a, b) = (frenchKey(lhs), frenchKey(rhs))
        return a != b ? a < b : lhs < rhs
    }

    /// Natural order: runs of ASCII digits compare by value (`a9` < `a10`), the rest by
    /// code unit; equal values with different zero padding fall back to the text.
    public static func naturalPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        var (left, right) = (lhs, rhs)
        let order = left.withUTF8 { a in right.withUTF8 { b in naturalOrder(a, b) } }
        return order != 0 ? order < 0 : lhs < rhs
    }

    /// -1, 0 or 1 for the natural order of two UTF-8 texts (0 when equal but for zero padding).
    private static func naturalOrder(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                while i < a.count && a[i] == 0x30 && i + 1 < a.count && isDigit(a[i + 1]) { i += 1 }
                while j < b.count && b[j] == 0x30 && j + 1 < b.count && isDigit(b[j + 1]) { j += 1 }
                var endA = i, endB = j
                while endA < a.count && isDigit(a[endA]) { endA += 1 }
                while endB < b.count && isDigit(b[endB]) { endB += 1 }
                if endA - i != endB - j { return endA - i < endB - j ? -1 : 1 }
                while i < endA {
                    if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
                    i += 1
                    j += 1
                }
                continue
            }
            if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
            i += 1
            j += 1
        }
        let restA = a.count - i, restB = b.count - j
        return restA == restB ? 0 : (restA < restB ? -1 : 1)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
