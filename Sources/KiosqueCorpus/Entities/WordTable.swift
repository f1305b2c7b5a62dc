/// Lookup tables of folded words (or word sequences) for the extraction rules: open
/// addressing over the words' UTF-8 bytes with FNV-1a.
///
/// The rules ask these lists tens of millions of times when a large corpus loads, nearly
/// always about short words. `Set<String>` hashes each question with a seeded SipHash, which
/// costs several times more than the rest of such a lookup; these tables never change after
/// they are built.
///
/// Keys match by their bytes, not by Unicode canonical equivalence as `String` equality
/// does: both the lists and the words looked up are folded names (`TextFolding.foldName`,
/// which drops combining marks), so the two agree.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Per slot: index into `keys`, or -1 when empty. A power of two, at most half full.
    private var slots: [Int32]
    private var hashes: [UInt32]

    init(_ pairs: some Sequence<(String, Value)>) {
        let pairs = Array(pairs)
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        hashes = [UInt32](repeating: 0, count: capacity)
        for (key, value) in pairs { insert(key, value) }
    }

    /// Every key, in insertion order.
    var allKeys: [String] { keys }

    subscript(word: String) -> Value? {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if hashes[slot] == hash && keys[Int(index)] == word { return values[Int(index)] }
            slot = (slot + 1) & mask
        }
    }

    /// A later value for a key already present replaces the earlier one.
    private mutating func insert(_ key: String, _ value: Value) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if hashes[slot] == hash && keys[Int(slots[slot])] == key {
                values[Int(slots[slot])] = value
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        hashes[slot] = hash
        keys.append(key)
        values.append(value)
    }

    private static func hash(_ word: String) -> UInt32 { FoldHash.of(word) }
}

/// A `WordTable` that only says whether a word is in it.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<String>) {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Every word, in insertion order (duplicates once).
    var members: [String] { table.allKeys }
}

/// FNV-1a over a string's UTF-8 bytes from a per-process random basis, then mixed and folded
/// to 32 bits. The tables' keys are fixed word lists, but the seed keeps
/// their probe chains unpredictable to whoever writes the articles looked up.
enum FoldHash {
    private static let seed = UInt64.random(in: 1...UInt64.max)

    @inline(__always)
    static func of(_ word: String) -> UInt32 {
        var word = word  // `withUTF8` may make a bridged string contiguous; native ones are already
        let basis = 0xCBF2_9CE4_8422_2325 ^ seed
        return word.withUTF8 { bytes in
            var hash = basis
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            // A final avalanche (from MurmurHash3's finalizer), so that the low bits used as
            // the slot depend on every byte.
            hash ^= hash >> 33
            hash &*= 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 33
            return UInt32(truncatingIfNeeded: hash)
        }
    }
}
