/// What a span rule decides at a token.
enum SpanDecision {
    /// A name from the token, and the index of the token after it.
    case name(Candidate, next: Int)
    /// No name starts at this token: later rules are not tried.
    case none
    /// This rule does not apply: the next one is tried.
    case pass
}

/// One rule of where a name starts and ends, tried at a token before the run of capitalised
/// words from it is measured (`SpanPipeline.startRules`).
protocol SpanRule: Sendable {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision
}

/// One rule tried once the run of capitalised words from the token is known
/// (`SpanPipeline.runRules`): it may widen the run or type it.
protocol NameRunRule: Sendable {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision
}

/// A run of capitalised words (with name connectors inside) from `start` through `end`.
struct NameRun {
    let start: Int
    let end: Int
    /// A cursor on the run's first token.
    let cursor: TokenCursor
    /// The token after the run (nil at the end of the text).
    var after: NameToken? { cursor.peek(end - start + 1) }
}
