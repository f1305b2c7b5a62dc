import KiosqueHTTP
import Testing

@Suite struct HTTPHeadersTests {
    /// Fields appended together keep their order after the existing ones, repeats included,
    /// and leave the source untouched (it is shared by every answer that adds it).
    @Test func addingAllFieldsOfAnotherKeepsOrderAndRepeats() {
        let shared: HTTPHeaders = ["X-Frame-Options": "DENY", "Vary": "Origin"]
        var headers: HTTPHeaders = ["Vary": "Accept-Encoding"]
        headers.add(contentsOf: shared)
        #expect(headers.map(\.name) == ["Vary", "X-Frame-Options", "Vary"])
        #expect(headers.values(for: "vary") == ["Accept-Encoding", "Origin"])
        #expect(shared.count == 2)
    }
}
