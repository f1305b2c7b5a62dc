import Foundation
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// A per-request cost bound at the parameter layer: too many search words are refused,
/// repeated filter values cost nothing more than one.
@Suite(.serialized) struct RequestCostTests {
    @Test(arguments: ["/api/v1/search", "/api/v1/suggest"])
    func tooManyWordsAre400(path: String) async throws {
        let server = try APITestServer.start()
        let many = Array(repeating: "cuba", count: 512).joined(separator: "%20")
        let (response, value) = try await APITestServer.json(server, "\(path)?q=\(many)")
        #expect(response.status == 400)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect((value as? [String: Any])?["parameter"] as? String == "q")
        let (fine, _) = try await APITestServer.json(server, "\(path)?q=" + Array(repeating: "cuba", count: 32).joined(separator: "%20"))
        #expect(fine.status == 200)
        await server.stop()
    }

    @Test func repeatedEntityIsCountedOnce() async throws {
        let server = try APITestServer.start()
        let once = try await APITestServer.json(server, "/api/v1/search?q=cuba&entity=maria-zakharova")
        let repeated = String(repeating: "&entity=maria-zakharova", count: 200)
        let many = try await APITestServer.json(server, "/api/v1/search?q=cuba" + repeated)
        #expect(many.0.status == 200)
        #expect((many.1 as? [String: Any])?["total"] as? Int == (once.1 as? [String: Any])?["total"] as? Int)
        let distinct = (0..<40).map { "&entity=e\($0)" }.joined()
        let (refused, value) = try await APITestServer.json(server, "/api/v1/search?q=cuba" + distinct)
        #expect(refused.status == 400)
        #expect((value as? [String: Any])?["parameter"] as? String == "entity")
        await server.stop()
    }
}
