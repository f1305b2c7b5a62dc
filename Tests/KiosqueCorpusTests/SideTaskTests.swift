import KiosqueCorpus
import Testing

struct SideTaskTests {
    @Test func givesTheWorksResultOnceItIsDone() {
        let task = SideTask { (0..<10_000).reduce(0, +) }
        #expect(task.value() == 49_995_000)
        #expect(task.value() == 49_995_000)  // asked again, the same result
    }

    @Test func runsBesideTheCallersOwnWork() {
        let tasks = (0..<8).map { part in SideTask { (part * 1_000..<(part + 1) * 1_000).reduce(0, +) } }
        let own = (0..<8_000).reduce(0, +)
        #expect(tasks.map { $0.value() }.reduce(0, +) == own)
    }
}
