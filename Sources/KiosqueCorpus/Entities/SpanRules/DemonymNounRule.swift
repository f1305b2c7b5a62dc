/// `a salué le Slovène`, `le Normand, 24 ans, …`: a people's word after an article, with no
/// name after it, stands for someone named elsewhere; it is no entity of its own. Only words
/// the dictionary knows (`slovène`, `normand`) or nationality adjectives count, so that a name
/// that merely ends like one stays a name.
enum DemonymNounRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), token.isWord, !token.sentenceStart,
              let previous = cursor.peek(-1), previous.isWord, !previous.isCapitalized || previous.sentenceStart,
              !cursor.isCapitalised(1), cursor.peek(1)?.symbol != "-",
              // (`la Sécurité civile`, `La Métropole de Lyon`: an adjective or a complement after
              // it makes it the head of a name.)
              !(cursor.peek(1).map { finder.isAdjective($0) || ["de", "d", "du", "des"].contains($0.folded) } ?? false)
                || isAgeAfter(cursor),
              cursor.isPeoplesWordAfterArticle(knownWordsOnly: true) || isPluralPeoplesWord(cursor, in: finder)
                || isPeoplesWordBeforeApposition(cursor) || isSpanishPeoplesWord(cursor, in: finder),
              !Lexicon.cities.contains(token),
              // (`en battant les Vaqueros 88 à 81`: a score after it makes it a team's nickname.)
              !finder.isFollowedByScore(cursor.index)
        else { return .pass }
        return .none
    }

    /// `a reconnu le Savoyard, qui …`, `Le Bisontin, 24 ans, …`: a word with a people's ending
    /// that the dictionary does not know stands for someone too when a relative clause or an
    /// age follows its comma, and no preposition of place comes before its article (`dans le
    /// Chablais, qui …` is a region).
    private static func isPeoplesWordBeforeApposition(_ cursor: TokenCursor) -> Bool {
        guard let token = cursor.peek(), !token.isAcronym, !token.has(.places), !token.isGivenName,
              Lexicon.singularDemonymEnding.end(token.folded) || token.folded.hasSuffix("ard") || token.folded.hasSuffix("arde"),
              cursor.lookahead(1, { $0.symbol == "," }),
              cursor.lookahead(2, { $0.isWord && ($0.isFold("qui") || $0.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }) })
        else { return false }
        let articleOffset: Int
        if token.afterElision {
            articleOffset = 0
        } else {
            guard cursor.lookahead(-1, { $0.isWord && $0.isFold(oneOf: ["le", "la"]) }) else { return false }
            articleOffset = -1
        }
        return !cursor.lookahead(articleOffset - 1) { $0.isWord && ($0.has(.placePrepositions) || $0.isFold(oneOf: ["de", "du", "sur", "vers"])) }
    }

    /// `le Belge de 23 ans`: an age after the word, not a complement of a body's name.
    private static func isAgeAfter(_ cursor: TokenCursor) -> Bool {
        guard cursor.lookahead(1, { $0.isWord && $0.folded == "de" }), let number = cursor.peek(2), number.isWord,
              number.folded.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return cursor.lookahead(3) { $0.isWord && $0.folded == "ans" }
    }

    /// `les Tourangeaux`, `de jeunes Mozambicains`, `des groupes de Néerlandais`: a plural
    /// people's word the dictionary knows, after a plural determiner, `de` and one adjective, or
    /// the `de` of a plural noun (a crowd's: `des centaines de …`).
    private static func isPluralPeoplesWord(_ cursor: TokenCursor, in finder: SpanFinder) -> Bool {
        guard let token = cursor.peek() else { return false }
        // (`une vingtaine de jeunes Tuvaluans`: young people of a crowd are a people, whatever the word.)
        if isYoungCrowd(cursor) { return true }
        guard isKnownPluralPeoplesWord(token) || isUnknownPluralPeoplesWord(token) else { return false }
        // (`des groupes de Néerlandais et de Français`: the pair's second word after `et de`.)
        if cursor.lookahead(-1, { $0.isWord && $0.folded == "de" }), cursor.lookahead(-2, { $0.isWord && $0.isFold(oneOf: ["et", "ou"]) }),
           let first = cursor.position(-3), first >= 1, finder.tokens[first].isCapitalized {
            return isPluralPeoplesWord(TokenCursor(finder.tokens, at: first), in: finder)
        }
        return isAfterPluralDeterminer(cursor)
    }

    /// `de jeunes Swazis`, `des jeunes Tuvaluans`: a plural word after `jeunes`, itself after `de`
    /// or a plural determiner, that no list knows as a place.
    private static func isYoungCrowd(_ cursor: TokenCursor) -> Bool {
        guard let token = cursor.peek(), token.folded.hasSuffix("s"), !token.isAcronym, !token.afterElision,
              !token.has(.places), !Lexicon.cities.contains(token),
              cursor.lookahead(-1, { $0.isWord && !$0.isCapitalized && $0.folded == "jeunes" }) else { return false }
        return cursor.lookahead(-2) { $0.isWord && ($0.folded == "de" || Lexicon.pluralDeterminers.contains($0)) }
    }

    /// `beaucoup de Tripolitains`: a plural with a people's ending that no list knows, neither as
    /// a place nor as a given name.
    private static func isUnknownPluralPeoplesWord(_ token: NameToken) -> Bool {
        !Lexicon.commonWords.contains(token) && !token.has(.places) && !Lexicon.cities.contains(token) && !token.isGivenName
            && !token.isAcronym && token.folded.hasSuffix("s") && Lexicon.demonymEnding.end(token.folded)
    }

    private static func isKnownPluralPeoplesWord(_ token: NameToken) -> Bool {
        // (`-s`, or the `-x` of `tourangeaux`; `-ais` and `-ois` are their own plurals.)
        let folded = token.folded
        guard folded.hasSuffix("s") || folded.hasSuffix("x") else { return false }
        // (The word list holds `néerlandaise`, not always its masculine.)
        if folded.hasSuffix("ais") || folded.hasSuffix("ois"),
           Lexicon.commonWords.contains(token) || Lexicon.commonWords.contains(folded + "e") {
            return true
        }
        let singular = String(folded.dropLast())
        guard Lexicon.commonWords.contains(singular) else { return false }
        return singular.hasSuffix("eau") || Lexicon.singularDemonymEnding.end(singular)
    }

    private static func isAfterPluralDeterminer(_ cursor: TokenCursor) -> Bool {
        guard let previous = cursor.peek(-1), previous.isWord, !previous.isCapitalized || previous.sentenceStart
        else { return false }
        if Lexicon.pluralDeterminers.contains(previous) { return true }
        if previous.folded.hasSuffix("s") {
            return cursor.lookahead(-2) { $0.isWord && ($0.folded == "de" || Lexicon.pluralDeterminers.contains($0)) }
        }
        return previous.folded == "de" && cursor.lookahead(-2) {
            $0.isWord && !$0.isCapitalized && (($0.length >= 4 && ($0.folded.hasSuffix("s") || $0.folded.hasSuffix("x"))
                && !$0.has(.placePrepositions) && !$0.has(.stopWords)) || crowdAdverbs.contains($0))
        }
    }

    /// `la Holguinera`, `le Pinareño`, `des centaines de Matanceros`: a Spanish people's word
    /// (`-ero`, `-era`, `-eño`, `-eña` and their plurals) after an article or a crowd's `de`
    /// stands for people; a name no list knows with such an ending takes no article.
    private static func isSpanishPeoplesWord(_ cursor: TokenCursor, in finder: SpanFinder) -> Bool {
        guard let token = cursor.peek(), token.length >= 6, !token.isAcronym, !token.afterElision,
              !token.has(.places), !Lexicon.cities.contains(token), !token.isGivenName,
              !Lexicon.commonWords.contains(token),
              // (`la Caméra d’or`: a complement makes it the head of a name.)
              !cursor.lookahead(1, { finder.elidedDe($0) }) else { return false }
        let folded = token.folded
        let singular = folded.hasSuffix("s") ? String(folded.dropLast()) : folded
        let plural = singular.utf8.count < folded.utf8.count
        let ero = singular.hasSuffix("ero") || singular.hasSuffix("era")
        // (`-eño` folds to `-eno`, as `Moreno` does: the written `ñ` tells them apart.)
        let eno = (singular.hasSuffix("eno") || singular.hasSuffix("ena")) && finder.utf8[token.utf8].contains(0xB1)
        guard ero || eno else { return false }
        if plural { return isAfterPluralDeterminer(cursor) || cursor.lookahead(-1) { $0.isWord && $0.has(.prenominalAdjectives) } }
        return cursor.lookahead(-1) { $0.isWord && $0.isFold(oneOf: ["le", "la", "un", "une"]) }
    }

    /// (`beaucoup de Tripolitains`, `peu de Corses`: adverbs of quantity before a crowd's `de`.)
    private static let crowdAdverbs: WordSet = ["beaucoup", "peu", "trop", "combien", "nombre", "plupart"]
}
