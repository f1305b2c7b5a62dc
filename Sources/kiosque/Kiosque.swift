import ArgumentParser
import KiosqueAPI

/// The `kiosque` command: `serve` (the default) runs the server, `extract` prints parses.
@main
struct Kiosque: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosque",
        abstract: "A fast HTTP/1.1 JSON API over a corpus of French news articles.",
        version: KiosqueVersion.current,
        subcommands: [Serve.self, Extract.self, Check.self, Snapshot.self, Healthcheck.self],
        defaultSubcommand: Serve.self
    )
}
