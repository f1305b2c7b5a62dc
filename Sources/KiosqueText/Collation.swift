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
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                let startA = i, startB = j
                while i < a.count && isDigit(a[i]) { i += 1 }
                while j < b.count && isDigit(b[j]) { j += 1 }
                let digitsA = a[startA..<i].drop { $0 == 0x30 }, digitsB = b[startB..<j].drop { $0 == 0x30 }
                if digitsA.count != digitsB.count { return digitsA.count < digitsB.count }
                if !digitsA.elementsEqual(digitsB) { return digitsA.lexicographicallyPrecedes(digitsB) }
                continue
            }
            if a[i] != b[j] { return a[i] < b[j] }
            i += 1
            j += 1
        }
        if (a.count - i) != (b.count - j) { return (a.count - i) < (b.count - j) }
        return lhs < rhs
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
