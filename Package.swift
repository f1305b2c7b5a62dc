// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kiosque",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kiosque", targets: ["kiosque"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C system libraries: module maps only, no logic (see Sources/C*/).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CLinux", path: "Sources/CLinux"),

        // The HTTP engine: knows sockets and bytes, never articles.
        .target(
            name: "KiosqueHTTP",
            dependencies: ["CZlib", "COpenSSL", "CLinux", .product(name: "Logging", package: "swift-log")]
        ),
        // French text analysis: pure functions, no dependencies.
        .target(name: "KiosqueText"),
        // Articles, parsing, entities, the immutable corpus.
        .target(name: "KiosqueCorpus", dependencies: ["KiosqueText"]),
        // Inverted index, BM25, query language, facets, highlights.
        .target(name: "KiosqueSearch", dependencies: ["KiosqueText", "KiosqueCorpus"]),
        // The REST API over the HTTP engine.
        .target(
            name: "KiosqueAPI",
            dependencies: [
                "KiosqueHTTP", "KiosqueCorpus", "KiosqueSearch", "KiosqueText",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "kiosque",
            dependencies: [
                "KiosqueHTTP", "KiosqueText", "KiosqueCorpus", "KiosqueSearch", "KiosqueAPI", "CLinux",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Fuzz harness: replays inputs in a normal build; `Fuzz/run.sh` builds it with libFuzzer.
        .executableTarget(
            name: "kiosque-fuzz",
            dependencies: ["KiosqueHTTP", "KiosqueCorpus", "KiosqueSearch", "KiosqueAPI"],
            path: "Fuzz/Sources/kiosque-fuzz"
        ),

        // Raw-socket client, in-process test server and fixture paths shared by the test targets.
        .target(name: "KiosqueTestSupport", dependencies: ["KiosqueHTTP"], path: "Tests/KiosqueTestSupport"),
        .testTarget(name: "KiosqueHTTPTests", dependencies: ["KiosqueHTTP", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueTextTests", dependencies: ["KiosqueText", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueCorpusTests", dependencies: ["KiosqueCorpus", "KiosqueText", "KiosqueTestSupport"], exclude: ["Fixtures", "Holdout", "Holdout2", "Holdout3", "Holdout4", "Holdout5", "Holdout6", "Holdout7", "Holdout8", "Holdout9", "Holdout10", "Holdout11", "Holdout12", "Holdout13", "Holdout14", "Holdout15", "Holdout16", "Holdout17", "Holdout18", "Holdout19", "Holdout20", "Holdout21", "Holdout22", "Holdout23", "Holdout24", "Holdout25", "Holdout26", "Holdout27", "Holdout28", "Holdout30", "Holdout31", "Holdout32", "Holdout33", "Holdout34", "Holdout35", "Holdout36", "Holdout37", "Holdout38", "Holdout39", "Holdout40", "Holdout41", "Holdout42", "Holdout43", "Holdout44", "Holdout45", "Holdout46", "Holdout47", "Holdout48", "Holdout49", "Holdout50", "Holdout51", "Holdout52", "Holdout53", "Holdout54", "Holdout55", "Holdout56", "Holdout57", "Holdout58", "Holdout59", "Holdout60", "Holdout61", "Holdout62", "Holdout63", "Holdout64", "Holdout65", "Holdout66", "Holdout67", "Holdout68", "Holdout69", "Holdout70", "Holdout71", "Holdout72", "Holdout73", "Holdout74", "Holdout75", "Holdout76", "Holdout77", "Holdout78", "Holdout79", "Holdout80", "Holdout81", "Holdout82", "Holdout83", "Holdout84", "Holdout85", "Holdout86", "Holdout87", "Holdout88", "Holdout89", "Holdout90", "Holdout91", "Holdout92", "Holdout93", "Holdout94", "Holdout95", "Holdout96", "Holdout97", "Holdout98", "Holdout99", "Holdout100", "Holdout101", "Holdout102", "Holdout103", "Holdout104", "Holdout105", "Holdout106", "Holdout107", "Holdout108", "Holdout109", "Holdout110", "Holdout111", "Holdout112", "Holdout113", "Holdout114", "Holdout115", "Holdout116", "Holdout117", "Holdout118", "Holdout119", "Holdout120", "Holdout121", "Holdout122", "Holdout123", "Holdout124", "Holdout125", "Holdout126", "Holdout127", "Holdout128", "Holdout129", "Holdout130", "Holdout131", "Holdout132", "Holdout133", "Holdout134", "Holdout135", "Holdout136", "Holdout137", "Holdout138", "Holdout139", "Holdout140", "Holdout141", "Holdout142", "Holdout143", "Holdout144", "Holdout145", "Holdout146", "Holdout147", "Holdout148", "Holdout149", "Holdout150", "Holdout151", "Holdout152", "Holdout153", "Holdout154", "Holdout155", "Holdout156", "Holdout157", "Holdout158", "Holdout159", "Holdout160", "Holdout161", "Holdout162", "Holdout163", "Holdout164", "Holdout165", "Holdout166", "Holdout167", "Holdout168", "Holdout169", "Holdout170", "Holdout171", "Holdout172", "Holdout173", "Holdout174", "Holdout175", "Holdout176", "Holdout177"]),
        .testTarget(name: "KiosqueSearchTests", dependencies: ["KiosqueSearch", "KiosqueCorpus", "KiosqueText", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueAPITests", dependencies: ["KiosqueAPI", "KiosqueHTTP", "KiosqueCorpus", "KiosqueSearch", "KiosqueTestSupport"]),
        // Runs the built `kiosque` binary as a subprocess (flags, signals, exit codes).
        .testTarget(name: "KiosqueTests", dependencies: ["kiosque", "kiosque-fuzz", "KiosqueTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
