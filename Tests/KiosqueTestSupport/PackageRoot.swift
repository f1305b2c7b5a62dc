import Foundation

/// The root of this package, found from this file's own path, and the fixtures under it.
/// Tests read only through here, so a missing file fails with its full path instead of
/// leaving a test to run on nothing.
package enum PackageRoot {
    /// `Tests/KiosqueTestSupport/PackageRoot.swift` is three components below the root.
    package static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of `relative` (e.g. `"seeds"`, `"Tests/Fixtures/gold"`), which must exist.
    package static func path(_ relative: String) throws -> String {
        let path = url.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path) else { throw FixtureError(path: path, reason: "no such file") }
        return path
    }

    /// The bytes of the file at `relative`.
    package static func bytes(_ relative: String) throws -> [UInt8] {
        let path = try path(relative)
        guard let data = FileManager.default.contents(atPath: path) else { throw FixtureError(path: path, reason: "unreadable") }
        return Array(data)
    }

    /// The UTF-8 text of the file at `relative`.
    package static func text(_ relative: String) throws -> String {
        let path = try path(relative)
        guard let text = String(bytes: try bytes(relative), encoding: .utf8) else {
            throw FixtureError(path: path, reason: "not UTF-8")
        }
        return text
    }

    /// The JSON object in the file at `relative`.
    package static func jsonObject(_ relative: String) throws -> [String: Any] {
        let path = try path(relative)
        guard let object = try JSONSerialization.jsonObject(with: Data(try bytes(relative))) as? [String: Any] else {
            throw FixtureError(path: path, reason: "not a JSON object")
        }
        return object
    }
}

/// A fixture that is not there or not what the test expects.
package struct FixtureError: Error, CustomStringConvertible {
    package let path: String
    package let reason: String
    package var description: String { "fixture \(path): \(reason)" }
}
