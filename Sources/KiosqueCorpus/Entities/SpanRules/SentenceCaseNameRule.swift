/// `l’association Ouvriers sans frontières.`, `l’émission Vert de rage, diffusée …`, `au
/// concours Voix nouvelles, …`: after a class noun of bodies or things, a capitalised common
/// word and the lower-case words after it up to the clause's punctuation are one name, written
/// in sentence case as French writes most names of associations, lists, programmes and shows.
/// Only nouns, adjectives and the connectors of names may follow the head: a verb, a
/// coordination or a preposition of place or time (`le groupe Casino en difficulté.`) ends
/// the name at its head.
enum SentenceCaseNameRule: NameRunRule {
    /// Lower-case words after the head, at most.
    static let maximumTail = 4

    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        // (The class noun first: most one-word runs follow none, and the head's lists cost more.)
        guard run.end == run.start, let type = announcedType(run.cursor, in: finder),
              let head = run.cursor.peek(), isHead(head) else { return .pass }
        guard let tailEnd = tailEnd(after: run.end, in: finder) else { return .pass }
        return .name(finder.makeCandidate(run.start, tailEnd, type: type), next: tailEnd + 1)
    }

    /// A capitalised common word inside its sentence, that names nothing by itself.
    private static func isHead(_ token: NameToken) -> Bool {
        token.isWord && token.isCapitalized && !token.sentenceStart && !token.isAcronym && !token.afterElision
            && token.length >= 3 && Lexicon.isCommonNoun(token) && !token.isGivenName
            && !token.has(.places) && !Lexicon.cities.contains(token)
    }

    /// The type of the class noun right before the head, after a determiner (`le groupe`,
    /// `l’émission`, `au concours`): organisations and things only.
    private static func announcedType(_ cursor: TokenCursor, in finder: SpanFinder) -> EntityType? {
        guard let noun = cursor.peek(-1), noun.isWord, !noun.isCapitalized, !Lexicon.thingOrPersonNouns.contains(noun),
              let type = finder.classType(of: noun), type == .org || type == .misc else { return nil }
        if noun.afterElision { return finder.elidedArticleLetter(noun) == "l" ? type : nil }
        return cursor.word(-2, is: .appositionDeterminers) ? type : nil
    }

    /// The last word of the lower-case tail after `head`, when one to four words of a name's
    /// tail lead to a comma, a full stop or a closing mark; nil otherwise.
    private static func tailEnd(after head: Int, in finder: SpanFinder) -> Int? {
        let tokens = finder.tokens
        var index = head + 1
        var previousConnects = false
        while index < tokens.count, index - head <= maximumTail {
            let token = tokens[index]
            guard token.isWord else { break }
            guard !token.isCapitalized else { return nil }
            // (An article after a connector, `sans la …`, still waits for its noun.)
            if isConnector(token) || (previousConnects && token.length <= 3 && token.isFold(oneOf: ["la", "le", "les"])) {
                previousConnects = true
            } else if Lexicon.isCommonNoun(token), !Lexicon.verbForms.contains(token), !token.has(.stopWords) {
                previousConnects = false
            } else {
                return nil
            }
            index += 1
        }
        // One word at least, none left hanging (`… de,`), then the clause's end.
        guard index > head + 1, !previousConnects, index < tokens.count,
              [",", ".", ";", ":", ")", "»", "("].contains(tokens[index].symbol) else { return nil }
        return index - 1
    }

    /// `de`, `du`, `des`, `à`, `au`, `aux`, `sans`, `pour`: the connectors inside such names.
    private static func isConnector(_ token: NameToken) -> Bool {
        token.isPrepositionA || Lexicon.sentenceCaseConnectors.contains(token)
    }
}

extension Lexicon {
    /// Prepositions inside sentence-case names (`Ouvriers sans frontières`, `Vert de rage`).
    /// Source: hand-written, French prepositions.
    static let sentenceCaseConnectors: WordSet = ["de", "du", "des", "au", "aux", "sans", "pour"]
}
