import Foundation
import KiosqueTestSupport
import Testing

/// Paths and version as the commands report them: an unreadable `--data` is exit 2 naming
/// the path, `extract --out` creates its folder, `--version` prints the release.
@Suite(.serialized) struct CommandPathTests {
    @Test func unreadableDataExitsTwoWithThePath() async throws {
        let missing = NSTemporaryDirectory() + "kiosque-no-such-folder-\(getpid())"
        let kiosque = try KiosqueProcess(["--data", missing, "--port", "0"])
        #expect(try await kiosque.exitStatus() == 2)
        #expect(kiosque.text.contains(missing))
        #expect(!kiosque.text.contains("listening on"))
    }

    @Test func versionPrintsTheRelease() async throws {
        let kiosque = try KiosqueProcess(["--version"])
        #expect(try await kiosque.exitStatus() == 0)
        let version = kiosque.text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." }, "\(version)")
    }

    @Test func extractOutCreatesItsFolder() async throws {
        let root = NSTemporaryDirectory() + "kiosque-extract-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let article = "{\"id\": \"x1\", \"title\": \"Un titre\", \"published\": \"2021-11-19\", \"paragraphs\": [\"La Havane accueille Miguel Díaz-Canel.\"]}\n"
        try article.write(toFile: root + "/a.jsonl", atomically: true, encoding: .utf8)
        let out = root + "/new/nested"
        let kiosque = try KiosqueProcess(["extract", root + "/a.jsonl", "--out", out])
        #expect(try await kiosque.exitStatus() == 0, "\(kiosque.text)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(written == ["a.json"])
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/a.json"))) as? [String: Any]
        #expect(document?["published"] as? String == "2021-11-19")
    }
}
