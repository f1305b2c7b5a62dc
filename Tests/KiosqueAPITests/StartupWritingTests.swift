import Foundation
@testable import KiosqueAPI
import KiosqueCorpus
import Testing

/// The byte-level shortcuts the start-up takes when it writes responses: JSON strings copied in
/// runs between escapes, and a mention's sentence found in UTF-8 instead of UTF-16.
@Suite struct StartupWritingTests {
    static let samples = [
        "", "plain", "Díaz-Canel à La Havane", "quote \" and \\ backslash", "line\nbreak\ttab\rreturn",
        "bell \u{07} delete \u{7F} null \u{00}", "\"", "\\\\", "clef 𝄞 et drapeau 🇨🇺 « guillemets »", "\u{1F}end",
    ]

    @Test(arguments: samples) func jsonStringsRoundTripAndEscapeOnlyWhatMust(_ text: String) throws {
        var json = JSONWriter()
        json.array { json in json.string(text) }
        let decoded = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String]
        #expect(decoded == [text])
        // Only `"`, `\` and controls are escaped: every other byte is copied as it is.
        #expect(json.bytes.count == 4 + text.utf8.reduce(0) { $0 + Self.escapedLength($1) })
    }

    /// Bytes a JSON string spends on one byte of its value.
    static func escapedLength(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x0A, 0x0D, 0x09: return 2
        case 0..<0x20, 0x7F: return 6
        default: return 1
        }
    }

    static let paragraph = "Le 🇨🇺 drapeau flotte. Miguel Díaz-Canel a reçu 𝄞 Nicolás à La Havane! Puis v3.5 est sorti? Fin sans point"

    @Test(arguments: ["Le", "Miguel Díaz-Canel", "Nicolás", "La Havane", "v3.5", "sorti", "point"])
    func sentenceAroundAMentionMatchesTheUTF16Reading(_ name: String) throws {
        let text = Self.paragraph
        let utf8Start = try #require(text.utf8.firstRange(of: name.utf8)).lowerBound
        let start = text.utf8.distance(from: text.startIndex, to: utf8Start)
        let utf16Start = text.utf16.distance(from: text.startIndex, to: utf8Start)
        let mention = Mention(text: name, field: .paragraph(0), utf8Range: start..<(start + name.utf8.count),
                              utf16Range: utf16Start..<(utf16Start + name.utf16.count))
        let found = Sentences.around(mention, in: text)
        let reference = Self.sentenceInUTF16(mention.utf16Range, in: text)
        #expect(found.text == reference.text)
        #expect(found.utf16Start == reference.utf16Start)
        #expect(found.text.contains(name))
    }

    /// The reading the server made before (kept here as the oracle): the sentence found by
    /// walking the UTF-16 code units.
    static func sentenceInUTF16(_ range: Range<Int>, in text: String) -> (text: String, utf16Start: Int) {
        let units = Array(text.utf16)
        func isEnd(_ index: Int) -> Bool {
            [0x2E, 0x21, 0x3F].contains(units[index]) && (index + 1 >= units.count || units[index + 1] == 0x20)
        }
        var start = range.lowerBound
        while start > 0 && !isEnd(start - 1) { start -= 1 }
        while start < range.lowerBound && units[start] == 0x20 { start += 1 }
        var end = range.upperBound
        while end < units.count && !isEnd(end) { end += 1 }
        if end < units.count { end += 1 }
        return (String(decoding: units[start..<end], as: UTF16.self), start)
    }
}
