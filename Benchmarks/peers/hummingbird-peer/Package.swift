// swift-tools-version:6.0
// The Hummingbird 2 app that Benchmarks/http.sh measures kiosque against: the same three
// endpoints and the same bytes, written the way a Hummingbird user would. Benchmark only.
// (The folder name ends in -peer so that the root package's identity is not "hummingbird".)
import PackageDescription

let package = Package(
    name: "hummingbird-peer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .executableTarget(
            name: "PeerHummingbird",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")]
        ),
    ]
)
