import Foundation
import KiosqueCorpus
import KiosqueSearch
import KiosqueTestSupport
import Testing

/// The document table is read from the index section of a snapshot, not rebuilt: the filters
/// and facets index with its numbers unchecked, so a section whose checksum is right but whose
/// table numbers point past their lists is refused at load with the reason.
@Suite struct DocumentTableSnapshotTests {
    private static func seeds() throws -> Corpus {
        try CorpusLoader.load(paths: [try PackageRoot.path("seeds")])
    }

    /// Each array of an index section as (element size, byte range of its elements).
    private static func arrays(_ bytes: [UInt8]) -> [(size: Int, range: Range<Int>)] {
        var arrays: [(size: Int, range: Range<Int>)] = []
        var offset = 0
        func integer(_ at: Int, _ width: Int) -> Int { (0..<width).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        while offset + 16 <= bytes.count {
            let count = integer(offset, 8), size = integer(offset + 8, 4)
            arrays.append((size, offset + 16..<offset + 16 + count * size))
            offset = (offset + 16 + count * size + 15) / 16 * 16
        }
        return arrays
    }

    /// Writes the corpus and its index section, whose array `fromEnd` (1 = last), if any, starts
    /// with its largest positive value.
    private static func snapshot(of corpus: Corpus, overwritingArray fromEnd: Int? = nil) throws -> String {
        var bytes = SearchIndex(corpus: corpus).snapshotSection(of: corpus).bytes
        if let fromEnd {
            let arrays = Self.arrays(bytes)
            let target = try #require(arrays.count >= fromEnd ? arrays[arrays.count - fromEnd] : nil)
            try #require(!target.range.isEmpty)
            for byte in 0..<target.size { bytes[target.range.lowerBound + byte] = byte == target.size - 1 && target.size > 2 ? 0x7F : 0xFF }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-\(UUID().uuidString).snapshot").path
        try SnapshotFile.write(sections: CorpusSnapshot.sectionMakers(of: corpus).map { $0() } + [SnapshotSection(SearchIndex.snapshotTag, bytes)],
                               to: path)
        return path
    }

    @Test func anUntouchedTableFiltersAndFacetsAsTheBuiltOne() throws {
        let corpus = try Self.seeds()
        let path = try Self.snapshot(of: corpus)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try SearchIndex(corpus: corpus, mapping: try SnapshotFile.map(path: path))
        let built = SearchIndex(corpus: corpus)
        var filtered = SearchQuery(text: "cuba")
        filtered.entityType = .person
        filtered.sort = .dateDescending
        for query in [SearchQuery(text: "cuba"), filtered] {
            let (mine, theirs) = (try loaded.search(query), try built.search(query))
            #expect(mine.total == theirs.total && !theirs.facets.entities.isEmpty)
            #expect(mine.hits.map(\.id) == theirs.hits.map(\.id))
            #expect(String(describing: mine.facets) == String(describing: theirs.facets))
        }
    }

    /// Counted from the end of the section: 1 the documents' months, 9 their authors, 10 their
    /// sources, 19 the 16-bit entity list, 21 the entity list, 22 its starts (all viewed in place).
    @Test(arguments: [1, 9, 10, 19, 21, 22])
    func aTableNumberPastItsListIsRefused(_ fromEnd: Int) throws {
        let corpus = try Self.seeds()
        let path = try Self.snapshot(of: corpus, overwritingArray: fromEnd)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try SearchIndex(corpus: corpus, mapping: try SnapshotFile.map(path: path))
            Issue.record("a document table pointing past its lists was accepted")
        } catch {
            #expect(error.description.contains("document table"))
            #expect(error.description.contains(path))
        }
    }
}
