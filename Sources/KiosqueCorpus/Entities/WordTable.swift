/// Lookup tables of folded words (or word sequences) for the extraction rules: open
/// addressing over the words' UTF-8 bytes with FNV-1a.
///
/// The rules ask these lists tens of millions of times when a large corpus loads, nearly
/// always about short words. `Set<String>` hashes each question with a seeded SipHash, which
/// costs several times more than the rest of such a lookup; these tables never change after
/// they are built, so an unseeded hash is enough.
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

    /// FNV-1a over the UTF-8 bytes, folded to 32 bits.
    private static func hash(_ word: String) -> UInt32 {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt32 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        }
        return word.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(word.utf8)
    }
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
