import Foundation
import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch
import KiosqueTestSupport

/// The API over the two seeds, on a free loopback port.
enum APITestServer {
    static func start() throws -> TestServer {
        let corpus = try CorpusLoader.load(paths: [try PackageRoot.path("seeds")])
        let api = KiosqueAPI(corpus: corpus, index: SearchIndex(corpus: corpus), status: ServiceStatus(startedAt: 0))
        return try TestServer(responder: api.router())
    }

    /// GET `path` and decode the JSON body.
    static func json(_ server: TestServer, _ path: String, headers: String = "") async throws -> (RawResponse, Any) {
        let response = try await server.client().exchange(get(path, headers))
        let value = try JSONSerialization.jsonObject(with: Data(response.body), options: [.fragmentsAllowed])
        return (response, value)
    }
}

extension Dictionary where Key == String, Value == Any {
    subscript(list key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
}
