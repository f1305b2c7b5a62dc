/// Stable article identifiers: the numeric id in the URL (`.../277616-la-russie...` →
/// `277616`), else a content hash that is the same on every machine and every run.
public enum ArticleID {
    /// The id for an article with this URL, title and paragraphs.
    public static func make(url: String?, title: String, paragraphs: [String]) -> String {
        if let url, let id = numericID(in: url) { return id }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in [title] + paragraphs {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0x0A
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The digits that start the URL's last path segment (`277616-slug`), or that form it.
    static func numericID(in url: String) -> String? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        guard let last = path.split(separator: "/").last else { return nil }
        let digits = last.prefix { ("0"..."9").contains($0) }
        guard digits.count >= 3, digits.count <= 18 else { return nil }
        let rest = last.dropFirst(digits.count)
        guard rest.isEmpty || rest.first == "-" || rest.first == "." || rest.first == "_" else { return nil }
        return String(digits)
    }
}

extension ArticleID {
    /// Whether `id` can go in a URL path as is: ASCII letters, digits, `-`, `_`, `.`, `~`,
    /// starting with a letter or digit, at most 128 characters.
    public static func isSafe(_ id: String) -> Bool {
        guard let first = id.utf8.first, isAlphanumeric(first), id.utf8.count <= 128 else { return false }
        return id.utf8.allSatisfy { isAlphanumeric($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E || $0 == 0x7E }
    }

    /// A safe id for an unsafe one: accents folded, every run of other characters one `-`
    /// (`a/b?c` → `a-b-c`); a content hash when nothing is left.
    public static func slug(_ id: String, title: String, paragraphs: [String]) -> String {
        var out: [UInt8] = []
        for byte in TextFoldingBridge.fold(id).utf8 {
            if isAlphanumeric(byte) || byte == 0x5F || byte == 0x2E || byte == 0x7E {
                out.append(byte)
            } else if out.last != 0x2D && !out.isEmpty {
                out.append(0x2D)
            }
        }
        while let last = out.last, !isAlphanumeric(last) { out.removeLast() }
        let slug = String(decoding: out.prefix(128), as: UTF8.self)
        return isSafe(slug) ? slug : make(url: nil, title: title, paragraphs: paragraphs)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
