@testable import KiosqueSearch
import Testing

/// Seeks through decoded blocks find what a plain search of the lists finds, over lists that
/// start and end inside blocks, with targets near and far, present and absent.
@Suite struct DecodedBlockCursorsTests {
    @Test func seeksFindTheFirstDocumentAtLeastTheTarget() {
        // Three lists one after the other: 5 documents, 300 with gaps of 1 to 9, 130 with gaps of 1,000.
        var lists: [[UInt32]] = [[3, 9, 10, 500, 90_000]], doc: UInt32 = 0
        lists.append((0..<300).map { index in doc += UInt32(1 + index % 9); return doc })
        lists.append((0..<130).map { UInt32($0 * 1_000 + 7) })
        let flat = lists.flatMap { $0 }
        let packed = BlockPackedArray(flat)
        var ends: [Int] = [], starts: [Int] = []
        for list in lists { starts.append(ends.last ?? 0); ends.append((ends.last ?? 0) + list.count) }
        packed.withView { view in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 3 * PostingLists.blockSize) { blocks in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 3) { held in
                    guard let blocks = blocks.baseAddress, let held = held.baseAddress else { return }
                    let cursors = DecodedBlockCursors(documents: view, blocks: blocks, held: held, count: 3)
                    for list in 0..<3 {
                        var from = starts[list]
                        // Ascending targets, as a phrase's candidates: every tenth value, some between values, then past the end.
                        let targets = stride(from: 0, to: Int(flat[ends[list] - 1]) + 2_000, by: 37).map { Int32($0) }
                        for target in targets {
                            let found = cursors.seek(list, target, from: from, end: ends[list])
                            let expected = (from..<ends[list]).first { Int32(flat[$0]) >= target } ?? ends[list]
                            #expect(found == expected, "list \(list), target \(target), from \(from)")
                            if found < ends[list] { #expect(cursors.document(list, at: found) == Int32(flat[found])) }
                            from = found
                        }
                    }
                }
            }
        }
    }
}
