import KiosqueCorpus
import Testing

/// The JSONL record reader: RFC 8259 strings and values, each bad line reported with its line
/// number and what is wrong, the good lines kept.
@Suite struct JSONLParserTests {
    func parse(_ lines: [String]) -> (articles: [Article], errors: [String]) {
        let parsed = JSONLParser.parse(Array(lines.joined(separator: "\n").utf8), path: "t.jsonl")
        return (parsed.articles, parsed.errors.map(\.description))
    }

    func parse(_ line: String) -> (article: Article?, error: String?) {
        let parsed = parse([line])
        return (parsed.articles.first, parsed.errors.first)
    }

    @Test func escapesAreDecoded() {
        let line = #"{"title":"Caf\u00e9 \"noir\" \/ \\ tab\t","paragraphs":["Ligne\nsuivante \ud83c\udf34 \u2019 fin"]}"#
        let article = parse(line).article
        #expect(article?.title == "Café \"noir\" / \\ tab")
        #expect(article?.paragraphs == ["Ligne\nsuivante 🌴 ’ fin"])
    }

    @Test func nonASCIITextIsKeptAsWritten() {
        let article = parse(#"{"title":"Díaz-Canel à La Havane","paragraphs":["Œuvre — « déjà »"]}"#).article
        #expect(article?.title == "Díaz-Canel à La Havane")
        #expect(article?.paragraphs == ["Œuvre — « déjà »"])
    }

    @Test func unknownMembersOfAnyShapeAreSkipped() {
        let line = #"{"n":-1.5e+3,"ok":true,"no":false,"z":null,"nested":{"a":[1,{"b":[]}],"c":"}"},"#
            + #""tags":["x",2],"title":"T","paragraphs":["P"],"zero":0}"#
        let parsed = parse(line)
        #expect(parsed.error == nil)
        #expect(parsed.article?.title == "T")
    }

    @Test func nullOptionalFieldsAreAbsent() {
        let article = parse(#"{"title":"T","paragraphs":["P"],"url":null,"author":null}"#).article
        #expect(article != nil)
        #expect(article?.url == nil)
        #expect(article?.author == nil)
    }

    @Test func badLinesSayWhatIsWrongAndWhere() {
        let cases: [(String, String)] = [
            (#"["title"]"#, "not a JSON object"),
            (#"{"title":"T","paragraphs":["P"]} x"#, "unexpected text after the object"),
            (#"{"title":"T","paragraphs":["P"]"#, "expected ',' or '}' in the object"),
            (#"{"title":"T,"paragraphs":["P"]}"#, "expected ',' or '}' in the object"),
            (#"{"title":"unterminated"#, "unterminated string"),
            (#"{"title":"bad \x escape","paragraphs":["P"]}"#, "invalid escape"),
            (#"{"title":"\ud800 alone","paragraphs":["P"]}"#, "unpaired surrogate"),
            (#"{"title":"\u12","paragraphs":["P"]}"#, "invalid \\u escape"),
            (#"{"title":"T","paragraphs":["P"],"n":01}"#, "expected ',' or '}' in the object"),
            (#"{"title":"T","paragraphs":["P"],"n":1.}"#, "invalid number"),
            (#"{"title":"T","paragraphs":["P"],"n":tru}"#, "expected a value"),
            (#"{title:"T"}"#, "expected a member name in double quotes"),
            (#"{"title":42,"paragraphs":["P"]}"#, "field 'title' has the wrong type"),
            (#"{"title":"T","paragraphs":"P"}"#, "field 'paragraphs' has the wrong type"),
            (#"{"title":"T","paragraphs":["P",3]}"#, "field 'paragraphs' has the wrong type"),
            (#"{"title":"T"}"#, "missing required field 'paragraphs'"),
            (#"{"title":"T","paragraphs":["P"],"deep":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
             "nested more than"),
        ]
        for (line, message) in cases {
            let error = parse(line).error
            #expect(error?.hasPrefix("t.jsonl:1: ") == true, "\(line)")
            #expect(error?.contains(message) == true, "\(line) → \(error ?? "no error")")
        }
    }

    @Test func controlCharactersAndInvalidUTF8InAStringAreRefused() {
        let control = JSONLParser.parse(Array(#"{"title":"a"#.utf8) + [0x01] + Array(#"","paragraphs":["P"]}"#.utf8), path: "t.jsonl")
        #expect(control.errors.first?.message.contains("control character") == true)
        let invalid = JSONLParser.parse(Array(#"{"title":"caf"#.utf8) + [0xE9] + Array(#"","paragraphs":["P"]}"#.utf8), path: "t.jsonl")
        #expect(invalid.errors.first?.description == "t.jsonl:1: invalid UTF-8")
    }

    @Test func eachBadLineIsReportedWithItsNumberAndTheOthersLoad() {
        let parsed = parse([
            #"{"title":"Un","paragraphs":["A"]}"#,
            #"{"title":"#,
            "",
            #"{"title":"Trois","paragraphs":["C"]}"#,
        ])
        #expect(parsed.articles.map(\.title) == ["Un", "Trois"])
        #expect(parsed.errors.count == 1)
        #expect(parsed.errors.first?.hasPrefix("t.jsonl:2: ") == true)
    }
}
