/// Entry points for the fuzz harness (`Fuzz/`): each feeds arbitrary bytes to one parser and
/// discards the outcome. A fuzzer only looks for crashes, hangs and memory errors, so these
/// return nothing; they exist because the parsers themselves are internal.
package enum HTTPParserFuzzing {
    /// The request-head parser, once whole and once fed byte by byte (the incremental path
    /// the server takes for slow clients).
    package static func requestHead(_ bytes: [UInt8]) {
        let limits = HTTPLimits()
        _ = RequestHeadParser.parse(bytes, limits: limits)
        var scanned = 0
        for end in stride(from: 1, through: bytes.count, by: max(1, bytes.count / 16)) {
            switch RequestHeadParser.parse(Array(bytes[..<end]), scanned: scanned, limits: limits) {
            case .needMore(let next): scanned = next
            case .complete, .failure: return
            }
        }
    }

    /// The chunked decoder, fed in two pieces split at a point the input chooses.
    package static func chunked(_ bytes: [UInt8]) {
        guard let split = bytes.first else { return }
        let input = Array(bytes.dropFirst())
        let cut = input.isEmpty ? 0 : Int(split) % (input.count + 1)
        var decoder = ChunkedDecoder(maxBodyBytes: 64 * 1024)
        if case .needMore = decoder.feed(Array(input[..<cut]), from: 0) {
            _ = decoder.feed(Array(input[cut...]), from: 0)
        }
    }

    /// The request-target parser (path, query, percent-decoding); returns the decoded query
    /// items so that the API layer's parameter parsing can be fuzzed behind it.
    package static func requestTarget(_ bytes: [UInt8]) -> [(name: String, value: String)] {
        (try? RequestTarget.parse(bytes))?.queryItems ?? []
    }
}
