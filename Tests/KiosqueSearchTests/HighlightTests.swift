import KiosqueCorpus
@testable import KiosqueSearch
import KiosqueText
import Testing

/// Highlights come from the index's table of spans and snippets are built in UTF-16 by hand:
/// both must give what analysing the text and the standard library give.
@Suite struct HighlightTests {
    /// Marks as first computed: the folded words of the text, kept when in `words`.
    static func referenceMatches(_ text: String, words: Set<String>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for word in FrenchAnalyzer().foldedWords(text) where words.contains(word.folded) {
            if let last = ranges.last, last.overlaps(word.utf16Range) {
                if word.utf16Range.count < last.count { ranges[ranges.count - 1] = word.utf16Range }
                continue
            }
            ranges.append(word.utf16Range)
        }
        return ranges
    }

    @Test func marksMatchTheAnalyzer() {
        let texts = IndexEquivalenceTests.tricky + IndexEquivalenceTests.randomTexts(count: 300, seed: 11)
        let documents = texts.enumerated().map { IndexEquivalenceTests.document($0.offset, title: "t", paragraphs: [$0.element]) }
        let index = SearchIndex(documents: documents)
        var generator = SeededGenerator(seed: 3)
        // Indexed texts (the table) and texts never indexed (analysed on the fly).
        let unindexed = IndexEquivalenceTests.randomTexts(count: 100, seed: 12)
        for round in 0..<12 {
            let terms = Set((0..<(1 + round % 6)).map { _ in Int32.random(in: 0..<Int32(index.postings.termCount), using: &generator) })
            let highlighter = Highlighter(index: index, terms: terms)
            let words = Set(terms.flatMap { index.vocabulary.words(ofTerm: $0).map { index.words[Int($0)] } })
            for text in texts {
                #expect(highlighter.matches(in: text) == Self.referenceMatches(text, words: words), "\(text)")
            }
            for text in unindexed {
                #expect(highlighter.matches(in: text, indexed: false) == Self.referenceMatches(text, words: words), "\(text)")
            }
        }
    }

    // MARK: Snippets

    /// The snippet as first written: on `Array(text.utf16)`, escaped per `Character`.
    static func referenceSnippet(_ text: String, marks: [Range<Int>]) -> String {
        let width = Snippet.width
        let units = Array(text.utf16)
        let center = marks.first?.lowerBound ?? 0
        var start = max(0, center - width / 3)
        var end = min(units.count, start + width)
        start = max(0, min(start, end - width))
        while start > 0 && start < units.count && units[start - 1] != 0x20 { start -= 1 }
        while end < units.count && units[end] != 0x20 && end - start < width + 40 { end += 1 }
        var html = start > 0 ? "… " : ""
        var cursor = start
        func escape(_ units: ArraySlice<UInt16>) -> String {
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
        for mark in marks where mark.lowerBound >= start && mark.upperBound <= end {
            html += escape(units[cursor..<mark.lowerBound])
            html += "<mark>" + escape(units[mark]) + "</mark>"
            cursor = mark.upperBound
        }
        html += escape(units[cursor..<end])
        if end < units.count { html += " …" }
        return html
    }

    @Test func snippetsMatchTheStandardLibrary() {
        let special = ["<b>", "&amp;", "\"q\"", "'", "'\u{301}", "&\u{308}", "<\u{20DD}", "\u{0600}'", "👍'", "'🏽", "x", "é", " ", "  "]
        var generator = SeededGenerator(seed: 5)
        var texts = IndexEquivalenceTests.tricky
        for _ in 0..<200 {
            let count = Int.random(in: 0...120, using: &generator)
            texts.append((0..<count).map { _ in special.randomElement(using: &generator) ?? "x" }.joined())
        }
        texts.append(String(repeating: "mot très long ", count: 60) + "👍🏽" + String(repeating: " fin", count: 80))
        for text in texts {
            let count = text.utf16.count
            // Word marks, then arbitrary ones (cutting surrogate pairs too).
            var markSets = [Self.referenceMatches(text, words: Set(FrenchAnalyzer().foldedWords(text).map(\.folded))), []]
            var arbitrary: [Range<Int>] = []
            var cursor = 0
            while cursor < count {
                let start = cursor + Int.random(in: 0...8, using: &generator)
                let end = min(count, start + Int.random(in: 1...4, using: &generator))
                if start < end { arbitrary.append(start..<end) }
                cursor = end + 1
            }
            markSets.append(arbitrary)
            for marks in markSets {
                #expect(Snippet.make(text, marks: marks) == Self.referenceSnippet(text, marks: marks), "\(text) \(marks)")
            }
            #expect(UTF16Text.units(of: text) == Array(text.utf16))
        }
        // Unpaired surrogates are repaired as the standard library does.
        let units: [UInt16] = [0x61, 0xD83D, 0x62, 0xDC4D, 0xD83D, 0xDC4D, 0xDC4D, 0xD83D]
        #expect(UTF16Text.string(from: units) == String(decoding: units, as: UTF16.self))
    }
}
