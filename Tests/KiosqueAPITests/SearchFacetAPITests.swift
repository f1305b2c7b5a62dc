import Foundation
import KiosqueHTTP
import KiosqueTestSupport
import Testing

/// `facets=`, `facetSize`, `type=` on entity facets and repeated `source=`, over a real socket.
@Suite(.serialized) struct SearchFacetAPITests {
    @Test func facetsOnDemand() async throws {
        let server = try APITestServer.start()
        let all = try #require(try await APITestServer.json(server, "/api/v1/search?q=cuba").1 as? [String: Any])
        let allFacets = try #require(all["facets"] as? [String: Any])
        #expect(Set(allFacets.keys) == ["entities", "types", "sources", "years", "months"])
        let none = try #require(try await APITestServer.json(server, "/api/v1/search?q=cuba&facets=none").1 as? [String: Any])
        #expect((none["facets"] as? [String: Any])?.isEmpty == true)
        #expect(none["total"] as? Int == all["total"] as? Int)
        let some = try #require(try await APITestServer.json(server, "/api/v1/search?q=cuba&facets=sources,types").1 as? [String: Any])
        #expect(Set((some["facets"] as? [String: Any])?.keys.map { $0 } ?? []) == ["sources", "types"])
        let small = try #require(try await APITestServer.json(server, "/api/v1/search?q=cuba&facets=entities&facetSize=2").1 as? [String: Any])
        #expect((small["facets"] as? [String: Any])?[list: "entities"].count == 2)
        let people = try #require(try await APITestServer.json(server, "/api/v1/search?q=cuba&facets=entities&type=PERSON&facetSize=100").1 as? [String: Any])
        let types = (people["facets"] as? [String: Any])?[list: "entities"].map { $0["type"] as? String } ?? []
        #expect(!types.isEmpty && types.allSatisfy { $0 == "PERSON" })
        await server.stop()
    }

    @Test func badFacetParametersAre400() async throws {
        let server = try APITestServer.start()
        for path in ["/api/v1/search?q=cuba&facets=colors", "/api/v1/search?q=cuba&facetSize=101", "/api/v1/search?q=cuba&facetSize=x"] {
            let (response, value) = try await APITestServer.json(server, path)
            #expect(response.status == 400, "\(path)")
            #expect((value as? [String: Any])?["parameter"] as? String == (path.contains("facetSize") ? "facetSize" : "facets"))
        }
        await server.stop()
    }

    @Test func sourcesAreCountedDisjunctively() async throws {
        let server = try APITestServer.start()
        let all = try #require(try await APITestServer.json(server, "/api/v1/search?q=cuba&facets=sources").1 as? [String: Any])
        let sources = (all["facets"] as? [String: Any])?[list: "sources"] ?? []
        let first = try #require(sources.first?["value"] as? String)
        let encoded = try #require(first.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let filtered = try #require(try await APITestServer.json(server, "/api/v1/search?q=cuba&facets=sources&source=\(encoded)").1 as? [String: Any])
        #expect(filtered["total"] as? Int == sources.first?["count"] as? Int)
        // The selected source's facet still counts every source, as if none were selected.
        #expect(((filtered["facets"] as? [String: Any])?[list: "sources"] ?? []).map { $0["value"] as? String } == sources.map { $0["value"] as? String })
        await server.stop()
    }
}
