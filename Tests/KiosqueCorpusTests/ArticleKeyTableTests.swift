@testable import KiosqueCorpus
import Testing

/// The open-addressing id/URL table finds every key at its position, misses every other, and
/// behaves as a dictionary filled in order when keys repeat or hashes collide.
@Suite struct ArticleKeyTableTests {
    /// Invented keys shaped like ids and URLs, some articles without one.
    static let keys: [String?] = (0..<3_000).map { number in
        number % 7 == 3 ? nil : number % 2 == 0 ? String(400_000 + number * 3) : "https://exemple.test/vallorme/\(number)-brève"
    }

    static func table(_ keys: [String?], hash: @escaping @Sendable (String) -> Int = { $0.hashValue }) -> ArticleKeyTable {
        ArticleKeyTable(count: keys.count, hash: hash) { keys[$0] }
    }

    @Test func everyKeyIsFoundAtItsPosition() {
        let table = Self.table(Self.keys)
        for (position, key) in Self.keys.enumerated() {
            guard let key else { continue }
            #expect(table.position(of: key) { Self.keys[$0] } == position)
        }
    }

    @Test func keysNotInTheTableAreMissed() {
        let table = Self.table(Self.keys)
        for missing in ["", "400001", "https://exemple.test/vallorme/", "https://exemple.test/vallorme/1-breve", String(999_999)] {
            #expect(table.position(of: missing) { Self.keys[$0] } == nil)
        }
        let empty = Self.table([])
        #expect(empty.position(of: "400000") { _ in nil } == nil)
        let noKeys = Self.table([nil, nil, nil])
        #expect(noKeys.position(of: "") { _ in nil } == nil)
    }

    /// Every key hashed alike: lookups walk the whole probe run and tell keys apart by their text.
    @Test func collidingHashesAreToldApartByTheKey() {
        let keys: [String?] = (0..<200).map { "brève-\($0)" }
        let table = Self.table(keys) { _ in 0x5EED_0000_0000_0007 }
        for (position, key) in keys.enumerated() {
            #expect(table.position(of: key!) { keys[$0] } == position)
        }
        #expect(table.position(of: "brève-200") { keys[$0] } == nil)
        // The same slot but another hash tag: skipped without comparing the text.
        let sameSlot = Self.table(keys) { $0 == "brève-9" ? 0x0000_0001_0000_0007 : 0x5EED_0000_0000_0007 }
        #expect(sameSlot.position(of: "brève-9") { keys[$0] } == 9)
        #expect(sameSlot.position(of: "brève-10") { keys[$0] } == 10)
    }

    /// As `[String: Int]` filled in load order: a repeated key names its last article.
    @Test func aRepeatedKeyMapsToItsLastArticle() {
        let keys: [String?] = ["alzine", "borrac", "alzine", nil, "borrac", "alzine", "corvel"]
        var dictionary: [String: Int] = [:]
        for (position, key) in keys.enumerated() { if let key { dictionary[key] = position } }
        for hash: @Sendable (String) -> Int in [{ $0.hashValue }, { _ in 42 }] {
            let table = Self.table(keys, hash: hash)
            for (key, position) in dictionary { #expect(table.position(of: key) { keys[$0] } == position) }
        }
    }
}
