@testable import KiosqueHTTP
import Testing

/// The event loop's timer heap: entries come out earliest first, only once due, and
/// compaction keeps exactly the live ones.
@Suite struct DeadlineHeapTests {
    private func entry(_ instant: UInt64, _ descriptor: Int32 = 3, serial: UInt64 = 1) -> DeadlineHeap.Entry {
        .init(instant: instant, descriptor: descriptor, serial: serial)
    }

    @Test func entriesComeOutEarliestFirstOnceDue() {
        var heap = DeadlineHeap()
        let instants: [UInt64] = [50, 10, 40, 30, 20, 60, 10]
        for (offset, instant) in instants.enumerated() { heap.push(entry(instant, Int32(offset))) }
        #expect(heap.earliest == 10)
        #expect(heap.popDue(at: 9) == nil, "nothing is due before the earliest instant")
        var popped: [UInt64] = []
        while let next = heap.popDue(at: 45) { popped.append(next.instant) }
        #expect(popped == [10, 10, 20, 30, 40])
        #expect(heap.earliest == 50)
        #expect(heap.count == 2)
    }

    @Test func manyRandomInstantsComeOutSorted() {
        var heap = DeadlineHeap()
        var generator = SystemRandomNumberGenerator()
        let instants = (0..<500).map { _ in UInt64.random(in: 0..<1_000, using: &generator) }
        for instant in instants { heap.push(entry(instant)) }
        var popped: [UInt64] = []
        while let next = heap.popDue(at: .max - 1) { popped.append(next.instant) }
        #expect(popped == instants.sorted())
        #expect(heap.isEmpty)
    }

    @Test func compactionKeepsOnlyLiveEntriesInOrder() {
        var heap = DeadlineHeap()
        for serial in 1...100 { heap.push(entry(UInt64(1_000 - serial), serial: UInt64(serial))) }
        heap.compact { $0.serial % 3 == 0 }
        #expect(heap.count == 33)
        var serials: [UInt64] = []
        while let next = heap.popDue(at: .max - 1) { serials.append(next.serial) }
        #expect(serials == Array(stride(from: 99, through: 3, by: -3)))
    }
}
