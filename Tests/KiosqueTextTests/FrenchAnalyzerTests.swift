import KiosqueText
import Testing

@Suite struct FrenchAnalyzerTests {
    let analyzer = FrenchAnalyzer()

    /// The slice of `text` at a token's UTF-16 range.
    func utf16Slice(_ text: String, _ range: Range<Int>) -> String {
        let units = Array(text.utf16)
        return String(decoding: units[range], as: UTF16.self)
    }

    func utf8Slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    @Test func offsetsPointIntoTheOriginalText() {
        let text = "À la Havane, l’économie 🇨🇺 de Cuba s'améliore: «Œuvre» e\u{301}té."
        let tokens = analyzer.analyze(text)
        #expect(!tokens.isEmpty)
        for token in tokens {
            #expect(utf16Slice(text, token.utf16Range) == token.original)
            #expect(utf8Slice(text, token.utf8Range) == token.original)
        }
        #expect(tokens.map(\.original).contains("économie"))
        #expect(tokens.map(\.original).contains("améliore"))
    }

    @Test func elisionWithBothApostrophes() {
        for text in ["l’économie", "l'économie", "L'ÉCONOMIE"] {
            let token = analyzer.analyze(text)
            #expect(token.count == 1)
            #expect(token.first?.folded == "economie")
            #expect(token.first?.utf16Range == 2..<10)
        }
        #expect(analyzer.analyze("aujourd’hui").first?.folded == "aujourd'hui")
        #expect(analyzer.analyze("jusqu’à").first?.folded == "a")
    }

    @Test func stemsAreFoldedAndShared() {
        let forms = ["économie", "économique", "economie"].map { analyzer.analyze($0).first?.stem }
        #expect(forms[0] == forms[1])
        #expect(forms[0] == "econom")
    }

    @Test func hyphenatedWordsAreWholeAndInParts() {
        let tokens = analyzer.analyze("Miguel Díaz-Canel arrive")
        #expect(tokens.map(\.folded) == ["miguel", "diaz-canel", "diaz", "canel", "arrive"])
        #expect(tokens.map(\.position) == [0, 1, 1, 2, 3])
    }

    @Test func numbersAndAlphanumerics() {
        let tokens = analyzer.analyze("Covid-19 en 2020, la 18ème session")
        #expect(tokens.map(\.folded).contains("covid-19"))
        #expect(tokens.map(\.folded).contains("2020"))
        #expect(tokens.map(\.folded).contains("18eme"))
    }

    @Test func stopWordsAreMarkedNotDropped() {
        let tokens = analyzer.analyze("le blocus de Washington à Cuba")
        #expect(tokens.count == 6)
        #expect(tokens.filter(\.isStopWord).map(\.folded) == ["le", "de", "a"])
    }

    @Test func nfdInputMatchesNFC() {
        let composed = analyzer.analyze("été").first
        let decomposed = analyzer.analyze("e\u{301}te\u{301}").first
        #expect(composed?.stem == decomposed?.stem)
        #expect(composed?.folded == decomposed?.folded)
        #expect(decomposed?.utf16Range == 0..<5)
    }
}
