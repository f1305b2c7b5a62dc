import Foundation
import KiosqueTestSupport
import Testing

/// `kiosque snapshot` writes a file `kiosque serve --data FILE` starts from; a damaged one exits 2.
@Suite(.serialized) struct SnapshotCommandTests {
    static let articles = "Tests/KiosqueCorpusTests/Fixtures/articles"

    @Test func servesFromASnapshotAndRefusesADamagedOne() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-\(UUID().uuidString).snapshot").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try KiosqueProcess(["snapshot", "--data", Self.articles, "--out", path])
        #expect(try await writer.exitStatus() == 0)
        #expect(writer.text.contains("wrote \(path)"))

        let server = try KiosqueProcess(["serve", "--data", path, "--port", "0", "--no-access-log"])
        let port = try await server.listeningPort()
        let response = try await RawClient(port: port).exchange(get("/api/v1/stats"))
        let stats = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: try PackageRoot.path(Self.articles))
        #expect(stats?["articles"] as? Int == fixtures.filter { $0.hasSuffix(".txt") }.count)
        server.signal(SIGTERM)
        #expect(try await server.exitStatus() == 0)

        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count - 10] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        let refused = try KiosqueProcess(["serve", "--data", path, "--port", "0"])
        #expect(try await refused.exitStatus() == 2)
        #expect(refused.text.contains("corrupted snapshot"))
    }
}
