import KiosqueTestSupport

/// The two seed articles (`seeds/`) and their gold parses (`Tests/Fixtures/gold/`).
enum SeedFixtures {
    static let seedNames = ["000_cff959b02f2fecdc", "002_1d30f0507083ace3"]

    /// The absolute path of the seeds directory.
    static var seeds: String { get throws { try PackageRoot.path("seeds") } }

    static func seed(_ name: String) throws -> [UInt8] {
        try PackageRoot.bytes("seeds/\(name).txt")
    }

    static func gold(_ name: String) throws -> [String: Any] {
        try PackageRoot.jsonObject("Tests/Fixtures/gold/\(name).json")
    }
}
