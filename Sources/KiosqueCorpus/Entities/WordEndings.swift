/// A list of word endings (`ique`, `aise`…), asked whether a folded word ends with one of
/// them: by bytes, trying only the endings that share the word's last byte. The rules ask this
/// of many lower-case words, and `String.hasSuffix` over the whole list cost more than the
/// rest of those rules.
///
/// Endings are ASCII, so a byte suffix is a character suffix (an ASCII letter never continues
/// the character before it); a list with any other ending is tested by `hasSuffix`.
struct WordEndings: Sendable {
    private let endings: [String]
    /// Per last byte (ASCII), the endings' bytes that end with it.
    private let byLastByte: [[[UInt8]]]
    private let ascii: Bool

    init(_ endings: [String]) {
        self.endings = endings
        ascii = endings.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }
        var buckets = [[[UInt8]]](repeating: [], count: 128)
        if ascii { for ending in endings { buckets[Int(ending.utf8.last ?? 0)].append(Array(ending.utf8)) } }
        byLastByte = buckets
    }

    /// Whether `word` ends with one of the endings.
    func end(_ word: String) -> Bool {
        guard ascii else { return endings.contains { word.hasSuffix($0) } }
        var word = word
        return word.withUTF8 { bytes in
            guard let last = bytes.last, last < 0x80 else { return false }
            for ending in byLastByte[Int(last)] where ending.count <= bytes.count {
                let start = bytes.count - ending.count
                var equal = true
                for offset in 0..<ending.count where bytes[start + offset] != ending[offset] {
                    equal = false
                    break
                }
                if equal { return true }
            }
            return false
        }
    }
}
