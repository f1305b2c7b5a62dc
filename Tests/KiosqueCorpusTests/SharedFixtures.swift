import Foundation

/// Paths of the shared reference material (`../shared/` beside the repository).
enum SharedFixtures {
    static let packageRoot: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()
    static let seeds = packageRoot + "/../shared/seeds"
    static let gold = packageRoot + "/../shared/gold"
    static let seedNames = ["000_cff959b02f2fecdc", "002_1d30f0507083ace3"]

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func seed(_ name: String) throws -> [UInt8] {
        try bytes(seeds + "/\(name).txt")
    }

    static func gold(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: gold + "/\(name).json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
