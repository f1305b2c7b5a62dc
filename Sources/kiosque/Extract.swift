import ArgumentParser

/// Prints each file's parse and entities as JSON (placeholder until the corpus lands).
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the parse and entities of article files as JSON.")
    @Argument(help: "Article files in the seed format or JSONL.") var files: [String]
    func run() throws {}
}
