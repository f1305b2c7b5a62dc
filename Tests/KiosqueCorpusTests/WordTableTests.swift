@testable import KiosqueCorpus
import Testing

/// The lexicon tables: every member found, nothing else, later values win, any size.
@Suite struct WordTableTests {
    @Test func membersAndOnlyMembersAreFound() {
        let words = (0..<5_000).map { "mot\($0)" } + ["", "é", "la havane", "très-long-mot-composé-de-plus-de-quinze-octets"]
        let set = WordSet(words)
        for word in words { #expect(set.contains(word), "\(word)") }
        for absent in ["mot5000", "mot-1", "Mot1", "la  havane", "e\u{301}", "très"] { #expect(!set.contains(absent), "\(absent)") }
        #expect(set.members.count == words.count)
    }

    @Test func aRepeatedKeyKeepsItsLastValue() {
        let table = WordTable([("de", 1), ("la", 2), ("de", 3)])
        #expect(table["de"] == 3)
        #expect(table["la"] == 2)
        #expect(table["du"] == nil)
        #expect(table.allKeys == ["de", "la"])
    }

    @Test func anEmptyTableFindsNothing() {
        let set: WordSet = []
        #expect(!set.contains(""))
        #expect(!set.contains("de"))
    }
}
