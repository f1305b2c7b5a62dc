/// What loading a corpus found: kept for the start-up log and the API's `/stats`.
public struct LoadReport: Sendable, Hashable {
    /// One problem with an input: `path:line: what is wrong`.
    public struct Issue: Sendable, Hashable, CustomStringConvertible {
        public let location: SourceLocation
        public let message: String
        public init(location: SourceLocation, message: String) {
            self.location = location
            self.message = message
        }
        public var description: String { "\(location): \(message)" }
    }

    /// Number of files read (seed-format files and JSONL files).
    public var filesRead: Int
    /// Articles kept after de-duplication.
    public var articlesLoaded: Int
    /// Inputs skipped, each with its reason.
    public var skipped: [Issue]
    /// Duplicate articles (same id or URL) that were loaded once.
    public var duplicates: [Issue]
    /// Wall time spent reading and parsing, in seconds.
    public var parseSeconds: Double
    /// Things done to make inputs usable, said once: a date read from an alias of
    /// `published`, an id rewritten to the safe alphabet.
    public var notes: [Issue] = []

    public init(filesRead: Int = 0, articlesLoaded: Int = 0, skipped: [Issue] = [], duplicates: [Issue] = [], parseSeconds: Double = 0) {
        self.filesRead = filesRead
        self.articlesLoaded = articlesLoaded
        self.skipped = skipped
        self.duplicates = duplicates
        self.parseSeconds = parseSeconds
    }
}
