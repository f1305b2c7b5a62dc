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
///
/// Memory: the keys' bytes are not copied one String each. A table built from one long literal
/// (the generated lists) keeps that literal, which stays in the binary's read-only pages, and
/// notes where each key lies in it; other tables join their keys into one string. With slots at
/// most three quarters full, the generated lists take about 1.9 MB of heap instead of 3.8.
struct WordTable<Value: Sendable>: Sendable {
    /// Every key's UTF-8 bytes: a literal kept as is, or the keys joined.
    private var text: String
    /// Per key: where its bytes start in `text` (high 32 bits) and how many they are (low 32).
    private var spans: [UInt64] = []
    private var values: [Value] = []
    /// Per slot: the key's hash (high 32 bits) and its index + 1 (low 32), or 0 when empty; one
    /// word, so that a probe touches one cache line. A power of two, at most three quarters full.
    private var slots: [UInt64]

    /// `slotsPerKey`: at least 4/3 (the default); a table asked mostly about words it does not
    /// hold probes fewer slots per miss when it is sparser.
    init(_ pairs: some Sequence<(String, Value)>, slotsPerKey: Int = 1) {
        let pairs = Array(pairs)
        var text = ""
        text.reserveCapacity(pairs.reduce(0) { $0 + $1.0.utf8.count })
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(pairs.count)
        for (key, _) in pairs {
            spans.append((text.utf8.count, key.utf8.count))
            text += key
        }
        self.init(text: text, spans: spans, values: pairs.map(\.1), slotsPerKey: slotsPerKey)
    }

    /// The keys of `text` between `separator`s, each with `value`; `text` itself is kept, so a
    /// literal's bytes are never copied.
    init(keysIn text: String, separatedBy separator: UInt8, value: Value) {
        var spans: [(start: Int, count: Int)] = []
        var start = 0
        for (offset, byte) in text.utf8.enumerated() where byte == separator {
            if offset > start { spans.append((start, offset - start)) }
            start = offset + 1
        }
        if text.utf8.count > start { spans.append((start, text.utf8.count - start)) }
        self.init(text: text, spans: spans, values: Array(repeating: value, count: spans.count), slotsPerKey: 1)
    }

    private init(text: String, spans: [(start: Int, count: Int)], values pairedValues: [Value], slotsPerKey: Int) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        var capacity = 16
        while capacity * 3 < spans.count * 4 || capacity < spans.count * slotsPerKey { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        self.spans.reserveCapacity(spans.count)
        values.reserveCapacity(spans.count)
        for (span, value) in zip(spans, pairedValues) {
            insert(start: span.start, count: span.count, value)
        }
    }

    /// Every key, in insertion order.
    var allKeys: [String] {
        spans.indices.map { String(decoding: key(at: $0), as: UTF8.self) }
    }

    subscript(word: String) -> Value? {
        guard let index = index(of: word, hash: FoldHash.of(word)) else { return nil }
        return values[index]
    }

    /// The value of `word`, whose `FoldHash` is already known (a token's: `NameToken.hash`).
    subscript(word: String, hash hash: UInt32) -> Value? {
        guard let index = index(of: word, hash: hash) else { return nil }
        return values[index]
    }

    /// The value of a word given by its UTF-8 bytes and their `FoldHash` (the tokenizer's,
    /// before it makes the word's `String`).
    func value(ofBytes wordBytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Value? {
        guard let index = find(wordBytes, hash: hash).index else { return nil }
        return values[index]
    }

    /// The value of a token's fold, by the hash it was tokenized with.
    subscript(token: NameToken) -> Value? { self[token.folded, hash: token.hash] }

    /// The index of `word`'s key, nil when the table does not hold it.
    /// (The probes read the slots in place, and the bytes are compared only on a hash match:
    /// a closure over the table around the probes would retain its arrays at every lookup.)
    private func index(of word: String, hash: UInt32) -> Int? {
        let count = word.utf8.count
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                let span = spans[index]
                if Int(truncatingIfNeeded: span & 0xFFFF_FFFF) == count,
                   word.withUTF8Bytes({ keyMatches(span, $0) }) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The slot that holds `key` (and the key's index), or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (slot: Int, index: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, nil) }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if keyMatches(spans[index], key) { return (slot, index) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the key at `span` (start and count packed, see `spans`) is `key`'s bytes.
    private func keyMatches(_ span: UInt64, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(truncatingIfNeeded: span >> 32), count = Int(truncatingIfNeeded: span & 0xFFFF_FFFF)
        return count == key.count && withTextBytes { Self.equal($0, start, key) }
    }

    /// Whether `key.count` bytes of `text` from `start` are `key`'s (words are short: a plain
    /// loop, without the generic slice comparison's per-byte overhead).
    @inline(__always)
    private static func equal(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, start >= 0, start + key.count <= text.count else { return false }
        for offset in 0..<key.count where base[start + offset] != key[offset] { return false }
        return true
    }

    /// The bytes of `text`, in place (it was made contiguous when the table was built).
    private func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private func key(at index: Int) -> [UInt8] {
        key(spanning: Int(truncatingIfNeeded: spans[index] >> 32), Int(truncatingIfNeeded: spans[index] & 0xFFFF_FFFF))
    }

    /// A later value for a key already present replaces the earlier one.
    private mutating func insert(start: Int, count: Int, _ value: Value) {
        let key = key(spanning: start, count)
        let hash = key.withUnsafeBufferPointer { FoldHash.of($0) }
        let found = key.withUnsafeBufferPointer { find($0, hash: hash) }
        if let existing = found.index {
            values[existing] = value
            return
        }
        spans.append(UInt64(start) << 32 | UInt64(count))
        values.append(value)
        slots[found.slot] = UInt64(hash) << 32 | UInt64(spans.count)
    }

    private func key(spanning start: Int, _ count: Int) -> [UInt8] {
        withTextBytes { Array($0[start..<(start + count)]) }
    }
}

/// A `WordTable` that only says whether a word is in it.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<String>) {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    /// The words of `text` between `separator`s; `text` is kept, not copied (see `WordTable`).
    init(keysIn text: String, separatedBy separator: Unicode.Scalar) {
        table = WordTable(keysIn: text, separatedBy: UInt8(ascii: separator), value: true)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the set holds a token's fold (by the hash it was tokenized with).
    func contains(_ token: NameToken) -> Bool { table[token] != nil }

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
        word.withUTF8Bytes { of($0) }
    }

    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        of(bytes, seed: seed)
    }

    /// The process's seed, for loops that hash many words (`of(_:seed:)`): read once there
    /// instead of through its lazy initialiser per word.
    static var currentSeed: UInt64 { seed }

    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt32 {
        var hash = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        // A final avalanche (from MurmurHash3's finalizer), so that the low bits used as
        // the slot depend on every byte.
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return UInt32(truncatingIfNeeded: hash)
    }
}

extension String {
    /// `body` over the string's UTF-8 bytes in place (a small string's on the stack): unlike
    /// `withUTF8`, no copy of the string and no uniqueness check, as lookups run per token.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }
}
