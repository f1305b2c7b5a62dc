import ArgumentParser

/// Runs the HTTP server (placeholder until the engine lands).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the corpus over HTTP (default).")
    func run() async throws {}
}
