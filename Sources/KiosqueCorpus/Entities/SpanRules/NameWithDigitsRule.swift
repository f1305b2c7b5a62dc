/// `Ariane 6`, `CAC 40`: a small number right after a name is part of it (a product, an
/// index: MISC), unless it is a quantity or a score (see `numberEnd`). `Palais 12`: a venue's
/// noun and a number name a place. `le collectif Viti 33`: a class noun of bodies before says
/// what the numbered name is, and so does a kind of body (`le Sdis 34`) or a sport
/// (`Vorlac Métropole Hockey 38`: a club and its département's number).
enum NameWithDigitsRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let first = run.cursor.peek() else { return .pass }
        let announced = finder.classNounInApposition(before: run.start)
        // (`une fusée Falcon 9`: a thing's class noun before says a place's name is the product's.)
        guard !first.has(.places) || announced == .misc && run.end == run.start,
              let numbered = finder.numberEnd(after: run.end) ?? englishTail(after: run.end, in: finder) else { return .pass }
        // (`le Sdis 34`: a kind of body and its département's number name that body.)
        let bodyKind = run.end == run.start && Lexicon.bodyKindAcronyms.contains(first)
            || (run.end > run.start && finder.tokens[run.start...run.end].contains { $0.isWord && Lexicon.sports.contains($0) })
        let type: EntityType = finder.isVenueCompound(first) || first.has(.venueNouns) ? .place
            : announced == .org || bodyKind ? .org : .misc
        return .name(finder.makeCandidate(run.start, numbered, type: type), next: numbered + 1)
    }

    /// `Stoxx Europe 600 Insurance`: a number then one capitalised English word (an index's
    /// sector, a product's edition) end the name there; the index of that word, or nil.
    private static func englishTail(after end: Int, in finder: SpanFinder) -> Int? {
        let tokens = finder.tokens
        guard end + 2 < tokens.count else { return nil }
        let number = tokens[end + 1], word = tokens[end + 2]
        guard number.isWord, number.length <= 3, number.folded.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              word.isWord, word.isCapitalized, !word.isAcronym, Lexicon.englishWords.contains(word), !word.has(.places),
              !word.isGivenName, !(end + 3 < tokens.count && tokens[end + 3].isWord && tokens[end + 3].isCapitalized) else { return nil }
        return end + 2
    }
}
