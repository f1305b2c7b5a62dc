// swift-tools-version:6.0
// A Hummingbird 2 app that serves the same article JSON as kiosque and gzips it per request
// when the client accepts gzip — the way a typical Hummingbird app compresses. Benchmark only.
import PackageDescription

let package = Package(
    name: "hummingbird-gzip-peer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "PeerHummingbirdGzip",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
    ]
)
