/// French elision: `l’école` → `école`, `qu'il` → `il`, `jusqu’à` → `à`.
public enum Elision {
    /// The elided articles and conjunctions (Lucene's FrenchAnalyzer and Elasticsearch's list).
    public static let articles: Set<String> = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]

    /// Lowercases, unifies `’` to `'`, and removes an elided article before the first
    /// apostrophe when something follows it. Accents are kept.
    public static func elide(_ token: String) -> String {
        let lower = unifyApostrophes(token.lowercased())
        guard let apostrophe = lower.firstIndex(of: "'") else { return lower }
        let head = lower[..<apostrophe]
        let tail = lower[lower.index(after: apostrophe)...]
        guard !tail.isEmpty, articles.contains(String(head)) else { return lower }
        return String(tail)
    }

    /// The length in characters of the elided prefix of `token` (article and apostrophe),
    /// or 0: lets the tokenizer keep offsets of the word itself.
    public static func prefixLength(_ token: Substring) -> Int {
        guard let apostrophe = token.firstIndex(where: isApostrophe) else { return 0 }
        let head = String(token[..<apostrophe]).lowercased()
        guard token.index(after: apostrophe) < token.endIndex, articles.contains(head) else { return 0 }
        return token.distance(from: token.startIndex, to: apostrophe) + 1
    }

    /// `'`, `’`, `‘` or `ʼ`.
    public static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "\u{2019}" || character == "\u{2018}" || character == "\u{02BC}"
    }

    static func unifyApostrophes(_ text: String) -> String {
        // Nearly every token has none: a byte scan for their first bytes (’ ‘ are E2 80 xx, ʼ is
        // CA BC) saves walking the characters (4 % of a raw start's instructions did that).
        guard text.utf8.contains(where: { $0 == 0xE2 || $0 == 0xCA }) else { return text }
        guard text.contains(where: { $0 != "'" && isApostrophe($0) }) else { return text }
        return String(text.map { isApostrophe($0) ? "'" : $0 })
    }
}
