/// Entry point for the fuzz harness (`Fuzz/`): the query parser is internal, and a fuzzer only
/// needs it to run on arbitrary text without crashing or hanging.
package enum QueryParserFuzzing {
    package static func parse(_ text: String) {
        _ = try? QueryParser.parse(text, prefixLast: false)
        _ = try? QueryParser.parse(text, prefixLast: true)
    }
}
