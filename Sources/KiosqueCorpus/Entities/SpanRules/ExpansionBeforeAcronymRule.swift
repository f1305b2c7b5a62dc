/// `la Nouvelle banque de développement (NBD)`: a capitalised word going on in lower case up
/// to an acronym that spells it is the acronym's expansion.
enum ExpansionBeforeAcronymRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard run.end == run.start, let first = run.cursor.peek(), !first.isAcronym, let next = run.after, next.isWord,
              !next.isCapitalized, finder.parenthesisFollows(run.end), let last = finder.expansionEnd(after: run.end),
              let acronym = run.cursor.peek(last - run.start + 2), acronym.isAcronym else { return .pass }
        let words = finder.tokens[run.start...last]
        guard MentionResolver.spells(acronym.folded, words.filter(\.isWord).map(\.folded))
                || spellsByCapitals(acronym, words) else { return .pass }
        // (A world or United Nations programme is an agency: `Programme alimentaire mondial (PAM)`.)
        var type = words.lazy.compactMap { $0.classNounType }.first ?? .org
        if type == .misc, words.contains(where: { Lexicon.worldWords.contains($0) }) { type = .org }
        return .name(finder.makeCandidate(run.start, last, type: type), next: last + 1)
    }

    /// `les Chemins de fer du Jura (CJ)`: an acronym made of the capitalised words' initials only,
    /// past the lower-case words of the name (two capitals at least).
    private static func spellsByCapitals(_ acronym: NameToken, _ words: ArraySlice<NameToken>) -> Bool {
        let initials = words.filter { $0.isWord && $0.isCapitalized }.compactMap(\.folded.first)
        return initials.count >= 2 && acronym.folded == String(initials)
    }
}
