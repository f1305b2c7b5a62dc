/// Parses one article in the seed format (see `seeds/`):
///
/// ```
/// # *Title*
/// ---
/// Image not found or type unknown
/// Moscou, 19 novembre (RHC) First paragraph…      ← or: Auteur Name (RHC)
/// More paragraphs…
/// Source Prensa Latina                            ← optional
/// ---
/// <https://…/277616-slug>
/// **Radio Habana Cuba**
/// ```
///
/// Tolerates CRLF, a BOM, NBSP, trailing spaces, extra blank lines, italic or plain markers
/// and missing optional parts. A paragraph broken mid-sentence by a blank line is joined
/// (guidelines §6). Errors name the line: `path:line: what is wrong`.
public enum SeedParser {
    /// A line of the file with its 1-based number, trimmed.
    struct Line {
        let number: Int
        let text: String
    }

    /// Parses `bytes` read from `path`.
    public static func parse(_ bytes: [UInt8], path: String) throws(ArticleParseError) -> Article {
        let lines = try decodeLines(bytes, path: path)
        let content = lines.filter { !$0.text.isEmpty }
        guard let first = content.first else {
            throw ArticleParseError(SourceLocation(path: path, line: 1), "the file has no text")
        }
        var index = 0
        // Title: the first non-blank line, `#` and emphasis removed.
        let title = stripEmphasis(stripHeading(first.text))
        guard !title.isEmpty, !isRule(first.text) else {
            throw ArticleParseError(SourceLocation(path: path, line: first.number), "expected a title line ('# Title')")
        }
        index = lines.firstIndex { $0.number == first.number }.map { $0 + 1 } ?? lines.count

        // Tail: publisher, URL, rule, source — read from the end.
        var end = lines.count
        func lastContent(before limit: Int) -> Int? {
            var cursor = limit - 1
            while cursor >= index && lines[cursor].text.isEmpty { cursor -= 1 }
            return cursor >= index ? cursor : nil
        }
        var publisher: String?
        var url: String?
        var source: String?
        if let last = lastContent(before: end) {
            let previousIsURL = lastContent(before: last).map { isURL(lines[$0].text) } ?? false
            if isBold(lines[last].text) || (previousIsURL && isShortLine(lines[last].text) && !isURL(lines[last].text)) {
                publisher = stripEmphasis(lines[last].text)
                end = last
            }
        }
        if let last = lastContent(before: end), let found = urlIn(lines[last].text), isURL(lines[last].text) {
            url = found
            end = last
        }
        if let last = lastContent(before: end), isRule(lines[last].text) { end = last }
        if let last = lastContent(before: end), let found = sourceLine(lines[last].text) {
            source = found
            end = last
        }

        // Head: rules and the image placeholder after the title.
        while index < end && (lines[index].text.isEmpty || isRule(lines[index].text) || isImagePlaceholder(lines[index].text)) {
            index += 1
        }
        // Body blocks: runs of non-blank lines.
        var blocks: [(line: Int, text: String)] = []
        var current: [String] = []
        var currentLine = 0
        for line in lines[index..<max(index, end)] {
            if line.text.isEmpty || isRule(line.text) || isImagePlaceholder(line.text) {
                if !current.isEmpty { blocks.append((currentLine, current.joined(separator: " "))); current = [] }
            } else {
                if current.isEmpty { currentLine = line.number }
                current.append(line.text)
            }
        }
        if !current.isEmpty { blocks.append((currentLine, current.joined(separator: " "))) }

        var dateline: Dateline?
        var published: PublicationDate?
        var author: String?
        var agency: String?
        if let firstBlock = blocks.first {
            if let byline = Byline.author(firstBlock.text) {
                author = byline.name
                agency = byline.agency
                if byline.rest.isEmpty { blocks.removeFirst() } else { blocks[0].text = byline.rest }
            } else if let parsed = Byline.dateline(firstBlock.text) {
                if let problem = Byline.datelineProblem(parsed.dateline, year: parsed.year) {
                    throw ArticleParseError(SourceLocation(path: path, line: firstBlock.line), problem)
                }
                dateline = parsed.dateline
                published = Byline.publication(parsed.dateline, year: parsed.year)
                agency = parsed.agency
                if parsed.rest.isEmpty { blocks.removeFirst() } else { blocks[0].text = parsed.rest }
            }
        }
        let paragraphs = ParagraphJoiner.join(blocks.map(\.text))
        guard !paragraphs.isEmpty else {
            throw ArticleParseError(SourceLocation(path: path, line: first.number), "the article has a title but no body paragraphs")
        }
        return Article(id: ArticleID.make(url: url, title: title, paragraphs: paragraphs), title: title, dateline: dateline,
                       author: author, agency: agency, source: source, url: url, publisher: publisher,
                       paragraphs: paragraphs, origin: SourceLocation(path: path, line: first.number), published: published)
    }

    /// UTF-8 text → trimmed lines. Refuses binary data and invalid UTF-8 with the line.
    static func decodeLines(_ bytes: [UInt8], path: String) throws(ArticleParseError) -> [Line] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var lines: [Line] = []
        var number = 1
        var lineStart = body.startIndex
        var index = body.startIndex
        func finish(_ end: Int) throws(ArticleParseError) {
            let raw = body[lineStart..<end]
            if raw.contains(0) {
                throw ArticleParseError(SourceLocation(path: path, line: number), "binary data (NUL byte): not a text article")
            }
            guard let text = String(validating: raw, as: UTF8.self) else {
                throw ArticleParseError(SourceLocation(path: path, line: number), "invalid UTF-8")
            }
            lines.append(Line(number: number, text: trim(text)))
        }
        while index < body.endIndex {
            let byte = body[index]
            if byte == 0x0A || byte == 0x0D {
                try finish(index)
                if byte == 0x0D && index + 1 < body.endIndex && body[index + 1] == 0x0A { index += 1 }
                number += 1
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < body.endIndex { try finish(body.endIndex) }
        return lines
    }

    /// Trims white space including NBSP and narrow NBSP at both ends.
    static func trim(_ text: String) -> String {
        // Most texts start and end with a visible ASCII character: nothing to cut, no copy.
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{FEFF}" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    static func stripHeading(_ text: String) -> String {
        trim(String(text.drop { $0 == "#" }))
    }

    /// Removes surrounding `*`, `**`, `_` emphasis markers.
    static func stripEmphasis(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, let last = slice.last, slice.count >= 2, first == last, first == "*" || first == "_" {
            slice = slice.dropFirst().dropLast()
        }
        return trim(String(slice))
    }

    static func isRule(_ text: String) -> Bool {
        text.count >= 3 && (text.allSatisfy { $0 == "-" } || text.allSatisfy { $0 == "*" } || text.allSatisfy { $0 == "_" })
    }

    static func isBold(_ text: String) -> Bool {
        (text.hasPrefix("**") && text.hasSuffix("**") && text.count > 4) || (text.hasPrefix("__") && text.hasSuffix("__") && text.count > 4)
    }

    static func isShortLine(_ text: String) -> Bool {
        text.count <= 60 && !text.hasSuffix(".")
    }

    static func isImagePlaceholder(_ text: String) -> Bool {
        stripEmphasis(text).lowercased().hasPrefix("image not found")
    }

    /// `<https://…>` or a bare URL: the URL.
    static func urlIn(_ text: String) -> String? {
        var candidate = stripEmphasis(text)
        if candidate.hasPrefix("<") && candidate.hasSuffix(">") { candidate = String(candidate.dropFirst().dropLast()) }
        if candidate.hasPrefix("[") , let open = candidate.lastIndex(of: "("), candidate.hasSuffix(")") {
            candidate = String(candidate[candidate.index(after: open)..<candidate.index(before: candidate.endIndex)])
        }
        guard candidate.hasPrefix("http://") || candidate.hasPrefix("https://"), !candidate.contains(" ") else { return nil }
        return candidate
    }

    static func isURL(_ text: String) -> Bool { urlIn(text) != nil }

    /// `Source Prensa Latina`, `Source: PL`, `*Source Prensa Latina*` → the source.
    static func sourceLine(_ text: String) -> String? {
        let plain = stripEmphasis(text)
        for prefix in ["Source :", "Source:", "Sources :", "Sources:", "Source ", "Fuente:", "Fuente "] where plain.hasPrefix(prefix) {
            let value = trim(String(plain.dropFirst(prefix.count)))
            if !value.isEmpty && value.count <= 80 && !value.hasSuffix(".") { return stripEmphasis(value) }
        }
        return nil
    }
}
