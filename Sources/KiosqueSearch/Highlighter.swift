import KiosqueCorpus
import KiosqueText

/// Finds where a hit's text matched and builds its snippet: the document's fields are
/// analysed again (only for the page of hits), and every token whose term matched is marked
/// by its offsets in the original text.
struct Highlighter {
    let index: SearchIndex
    /// Folded surface words indexed under a matched term.
    let words: Set<String>

    init(index: SearchIndex, terms: Set<Int32>) {
        self.index = index
        var words: Set<String> = []
        for term in terms { for position in index.termWords[Int(term)] { words.insert(index.words[Int(position)]) } }
        self.words = words
    }

    func hit(_ doc: Int, score: Double) -> SearchHit {
        let document = index.documents[doc]
        var highlights: [Highlight] = []
        var best: (field: TextField, text: String, ranges: [Range<Int>])?
        let fields: [(TextField, String)] = [(.title, document.title)] + document.paragraphs.enumerated().map { (.paragraph($0.offset), $0.element) }
        for (field, text) in fields {
            let ranges = matches(in: text)
            highlights += ranges.map { Highlight(field: field, utf16Start: $0.lowerBound, utf16Length: $0.count) }
            if case .paragraph = field, !ranges.isEmpty, ranges.count > (best?.ranges.count ?? 0) { best = (field, text, ranges) }
        }
        let snippetSource = best ?? (.paragraph(0), document.paragraphs.first ?? "", [])
        let titleRanges = highlights.filter { $0.field == .title }.map { $0.utf16Start..<($0.utf16Start + $0.utf16Length) }
        let snippet = snippetSource.ranges.isEmpty && !titleRanges.isEmpty && best == nil
            ? Snippet.make(document.paragraphs.first ?? "", marks: [])
            : Snippet.make(snippetSource.text, marks: snippetSource.ranges)
        return SearchHit(id: document.id, title: document.title, score: (score * 1000).rounded() / 1000, snippet: snippet,
                         highlights: highlights)
    }

    /// UTF-16 ranges of the tokens of `text` whose term matched (a hyphenated word is marked
    /// by its parts, so that marks never overlap).
    func matches(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // Surface forms only (no stemming): a word matched if a term it was indexed under did.
        for word in SearchAnalysis.analyzer.foldedWords(text) where words.contains(word.folded) {
            if let last = ranges.last, last.overlaps(word.utf16Range) {
                // keep the smaller range (a part of a hyphenated whole)
                if word.utf16Range.count < last.count { ranges[ranges.count - 1] = word.utf16Range }
                continue
            }
            ranges.append(word.utf16Range)
        }
        return ranges
    }
}

/// An HTML snippet around the first matches: text escaped, matches in `<mark>`.
enum Snippet {
    static let width = 240

    static func make(_ text: String, marks: [Range<Int>]) -> String {
        let units = Array(text.utf16)
        let center = marks.first?.lowerBound ?? 0
        var start = max(0, center - width / 3)
        var end = min(units.count, start + width)
        start = max(0, min(start, end - width))
        // Cut at spaces, not inside words.
        while start > 0 && start < units.count && units[start - 1] != 0x20 { start -= 1 }
        while end < units.count && units[end] != 0x20 && end - start < width + 40 { end += 1 }
        var html = start > 0 ? "… " : ""
        var cursor = start
        for mark in marks where mark.lowerBound >= start && mark.upperBound <= end {
            html += escape(units[cursor..<mark.lowerBound])
            html += "<mark>" + escape(units[mark]) + "</mark>"
            cursor = mark.upperBound
        }
        html += escape(units[cursor..<end])
        if end < units.count { html += " …" }
        return html
    }

    static func escape(_ units: ArraySlice<UInt16>) -> String {
        var out = ""
        for character in String(decoding: units, as: UTF16.self) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
