/// `Yahoo!`, `Feu! Chatterton`: an exclamation mark glued to a name belongs to it (French
/// typography puts a space before a sentence's `!`), with the capitalised words right after it.
enum ExclamationNameRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let mark = run.after, mark.symbol == "!", mark.utf8.lowerBound == finder.tokens[run.end].utf8.upperBound
        else { return .pass }
        var end = run.end + 1
        if let next = run.cursor.peek(end - run.start + 1), next.isWord, next.isCapitalized, !next.afterElision,
           !next.isAcronym, !next.has(.notNames), !next.has(.speechOpeners) {
            end = finder.capitalisedRunEnd(from: end + 1)
        }
        var candidate = finder.makeCandidate(run.start, end, type: nil)
        candidate.fallbackType = .org
        return .name(candidate, next: end + 1)
    }
}
