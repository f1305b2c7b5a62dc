/// `Moa Nickel S.A.`, `Vardex S.p.A.`, `Brelvon Inc.`: a company's legal form written with full
/// stops belongs to its name, stops included (the run of capitals stops at the first one), and
/// says the name is a company's.
enum LegalFormRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard run.end > run.start, let last = run.cursor.peek(run.end - run.start), last.isWord, last.length <= 4,
              let formEnd = legalFormEnd(after: run, in: finder) else { return .pass }
        var candidate = finder.makeCandidate(run.start, formEnd, type: nil)
        candidate.type = .org
        return .name(candidate, next: formEnd + 1)
    }

    /// The index of the full stop that closes a dotted legal form begun by the run's last word.
    private static func legalFormEnd(after run: NameRun, in finder: SpanFinder) -> Int? {
        let tokens = finder.tokens
        var letters = tokens[run.end].folded
        var index = run.end + 1
        var closing: Int?
        // Letters and full stops glued together: `S` `.` `A` `.`, `S` `.` `p` `.` `A` `.`.
        while index < tokens.count, tokens[index].symbol == ".", tokens[index].utf8.lowerBound == tokens[index - 1].utf8.upperBound {
            closing = index
            guard index + 1 < tokens.count, tokens[index + 1].isWord, tokens[index + 1].length <= 2,
                  tokens[index + 1].utf8.lowerBound == tokens[index].utf8.upperBound else { break }
            letters += tokens[index + 1].folded
            index += 2
        }
        guard let closing, Lexicon.legalForms.contains(letters) else { return nil }
        // (`Vardex SAS.`: a form in capitals takes no stop; the stop ends the sentence. `Inc.`,
        // `Ltd.` are abbreviations, one letter per stop otherwise.)
        if closing == run.end + 1 && (tokens[run.end].isAcronym || tokens[run.end].length == 1) { return nil }
        return closing
    }
}

extension Lexicon {
    /// Companies' legal forms, their letters run together and folded (`S.A.` → `sa`).
    /// Source: hand-written, French, Spanish, Italian, Dutch, German and English company law.
    static let legalForms: Set<String> = ["sa", "sas", "sasu", "sarl", "sca", "spa", "srl", "nv", "bv", "ag", "gmbh", "sl",
                                          "se", "inc", "ltd", "corp", "plc", "llc", "co"]
}
