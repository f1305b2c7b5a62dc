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
