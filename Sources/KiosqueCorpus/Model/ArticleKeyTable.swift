/// Article positions by a string key (id or URL): an open-addressing table of 8 bytes a slot
/// whose keys stay in the articles, compared on a hit. A `[String: Int]` per key held a copy
/// of every key beside the articles' own (13 MB at 100,000 articles in a snapshot start).
struct ArticleKeyTable: Sendable {
    /// 0 for an empty slot, else the key's hash in the high 32 bits and position + 1 in the low.
    private let slots: [UInt64]
    private let mask: Int
    /// The standard hash; tests give one that collides, to exercise probing.
    private let hash: @Sendable (String) -> Int

    /// The table of `count` articles' keys (`key(position)`, nil for none); a repeated key maps
    /// to its last article, as a dictionary filled in order would.
    init(count: Int, hash: @escaping @Sendable (String) -> Int = { $0.hashValue }, key: (Int) -> String?) {
        var capacity = 8
        while capacity < count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for position in 0..<count {
            guard let value = key(position) else { continue }
            let hashed = hash(value)
            var slot = hashed & mask
            while slots[slot] != 0 {
                if Self.hashTag(hashed) == slots[slot] >> 32, key(Self.position(in: slots[slot])) == value { break }
                slot = (slot + 1) & mask
            }
            slots[slot] = Self.hashTag(hashed) << 32 | UInt64(position + 1)
        }
        self.slots = slots
        self.hash = hash
    }

    /// The position of the article whose key (`key(position)`) is `value`.
    func position(of value: String, key: (Int) -> String?) -> Int? {
        let hashed = hash(value)
        var slot = hashed & mask
        while slots[slot] != 0 {
            let position = Self.position(in: slots[slot])
            if Self.hashTag(hashed) == slots[slot] >> 32, key(position) == value { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func position(in slot: UInt64) -> Int {
        Int(slot & 0xFFFF_FFFF) - 1
    }

    private static func hashTag(_ hash: Int) -> UInt64 {
        UInt64(UInt(bitPattern: hash) >> 32)
    }
}
