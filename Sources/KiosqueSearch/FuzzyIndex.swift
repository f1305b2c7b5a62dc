/// The vocabulary's words grouped by first letter and length, for typo lookups: a query word
/// is compared only with the words that share its first letter (typos rarely hit it) and whose
/// length is within the edit budget, and a letter-set test skips most of those before the
/// edit distance runs.
struct FuzzyIndex: Sendable {
    private struct Bucket: Hashable {
        let first: Character
        let length: Int
    }

    /// Every word's scalars, concatenated, and where each word's start (one more at the end).
    private let scalars: [UInt32]
    private let scalarStarts: [Int32]
    private let letterSets: [UInt64]
    /// Word numbers grouped by bucket; each bucket is a range of this list.
    private let order: [Int32]
    private let buckets: [Bucket: Range<Int>]

    init(words: [String]) {
        var scalars: [UInt32] = [], starts: [Int32] = [0], sets: [UInt64] = []
        var grouped: [Bucket: [Int32]] = [:]
        for (number, word) in words.enumerated() {
            let values = word.unicodeScalars.map(\.value)
            scalars += values
            starts.append(Int32(scalars.count))
            sets.append(Self.letterSet(values))
            if let first = word.first { grouped[Bucket(first: first, length: values.count), default: []].append(Int32(number)) }
        }
        var order: [Int32] = [], buckets: [Bucket: Range<Int>] = [:]
        for (bucket, numbers) in grouped {
            buckets[bucket] = order.count..<(order.count + numbers.count)
            order += numbers
        }
        self.scalars = scalars
        scalarStarts = starts
        letterSets = sets
        self.order = order
        self.buckets = buckets
    }

    /// Numbers of the words within `maxEdits` of `word` (not `word` itself) that start with
    /// the same letter.
    func candidates(_ word: String, maxEdits: Int) -> [Int32] {
        guard let first = word.first else { return [] }
        let target = word.unicodeScalars.map(\.value)
        let targetSet = Self.letterSet(target)
        var found: [Int32] = []
        target.withUnsafeBufferPointer { target in
            scalars.withUnsafeBufferPointer { scalars in
                for length in max(1, target.count - maxEdits)...(target.count + maxEdits) {
                    guard let range = buckets[Bucket(first: first, length: length)] else { continue }
                    for number in order[range] {
                        // Each edit changes at most two letters of the set.
                        guard (letterSets[Int(number)] ^ targetSet).nonzeroBitCount <= 2 * maxEdits else { continue }
                        let candidate = UnsafeBufferPointer(rebasing: scalars[Int(scalarStarts[Int(number)])..<Int(scalarStarts[Int(number) + 1])])
                        if EditDistance.within(target, candidate, maxEdits), !candidate.elementsEqual(target) { found.append(number) }
                    }
                }
            }
        }
        return found.sorted()
    }

    /// A 64-bit set of the letters of a word (ASCII letters and digits get a bit each, other
    /// scalars share the rest).
    private static func letterSet(_ values: [UInt32]) -> UInt64 {
        var set: UInt64 = 0
        for value in values {
            let bit: UInt32
            switch value {
            case 0x61...0x7A: bit = value - 0x61
            case 0x30...0x39: bit = 26 + value - 0x30
            default: bit = 36 + value % 28
            }
            set |= 1 << UInt64(bit)
        }
        return set
    }
}
