import KiosqueText

/// Finds name spans in one text (a title or a paragraph).
struct SpanFinder {
    let field: TextField
    let tokens: [NameToken]
    /// The text's UTF-8 bytes, to cut candidates out of without re-encoding.
    let utf8: [UInt8]

    init(text: String, field: TextField) {
        self.init(utf8: Array(text.utf8), field: field)
    }

    /// From the text's UTF-8 (valid UTF-8: a packed paragraph's bytes, which no `String` need
    /// be made of and validated again).
    init(utf8: [UInt8], field: TextField) {
        self.field = field
        self.utf8 = utf8
        tokens = utf8.withUnsafeBufferPointer { NameToken.tokenize(utf8: $0) }
    }

    func candidates() -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index < tokens.count {
            if mayStartName(at: index), let (spanFound, spanNext) = span(at: index) {
                var candidate = spanFound
                var next = spanNext
                // (A quoted title ends at its `»`: what follows is no part of it, nor its short name.)
                let quoted = tokens[next - 1].symbol == "»"
                // (`Le MSIRI dépend de la Mauritius Cane Industry Authority (MCIA)`: an acronym is a
                // short name already, and what follows it to a bracket is a verb's complement.)
                let loneAcronym = candidate.tokenCount == 1 && tokens[index].isAcronym
                if !quoted, !loneAcronym, candidate.type == .org || candidate.type == .misc, !endsWithTrophyMetal(before: next),
                   let extended = expansionEnd(after: next - 1) ?? anchoredExpansionEnd(start: index, after: next - 1) {
                    candidate = makeCandidate(index, extended, type: candidate.type)
                    next = extended + 1
                }
                // `Expansion (ACR)`: the acronym is another mention of the same entity; so is a
                // one-word short name after an organisation (`Commandement Sud (Southcom)`).
                // (`Léa Vorlan (LFI)`: after a person, an acronym in brackets is their party or team.)
                if !quoted, next + 2 < tokens.count, tokens[next].symbol == "(", tokens[next + 2].symbol == ")",
                   tokens[next + 1].isAcronym && (candidate.type ?? candidate.fallbackType) != .person || isAlias(tokens[next + 1], after: candidate) {
                    candidate.acronym = makeCandidate(next + 1, next + 1, type: candidate.type ?? .org)
                    index = next + 3
                } else {
                    index = next
                }
                found.append(candidate)
            } else {
                index += 1
            }
        }
        agreeInCoordinations(&found)
        return found
    }

    /// A capitalised single word in parentheses after an organisation or event is its short name.
    private func isAlias(_ token: NameToken, after candidate: Candidate) -> Bool {
        guard token.isWord, token.isCapitalized, !token.isRomanNumeral, candidate.tokenCount >= 2,
              candidate.type == .org || candidate.type == .misc else { return false }
        return !token.has(.places) && !token.has(.notNames)
    }

    /// Whether a name could start at `index`, by the cheap tests of `span(at:)`'s rules: most
    /// tokens are lower-case words that no rule starts a name with, a fifth of the capitalised
    /// ones common words (`Le`, `Selon`) that `CommonWordRule` rejects, and the rules cost far
    /// more than this (a name found as `(Candidate, Int)` is a large value to pass back).
    func mayStartName(at index: Int) -> Bool {
        // (The token's fields read in place: this runs at every token, and a copy of the token
        // retains its fold.)
        guard tokens[index].isWord else { return tokens[index].symbol == "«" }
        if tokens[index].isCapitalized || tokens[index].isAcronym {
            // A capitalised common word (`Le`, `Selon`): only the rules of `SpanPipeline.commonWordStartRules`.
            guard tokens[index].has(.notNames) else { return true }
            return !CommonWordRule.endsSearch(at: TokenCursor(tokens, at: index)) || mayNameFromCommonWord(at: index)
        }
        // `hub.brussels`: a full stop glued on both sides (`DottedNameRule`).
        if index + 2 < tokens.count, tokens[index + 1].symbol == ".",
           tokens[index + 2].utf8.lowerBound == tokens[index + 1].utf8.upperBound { return true }
        // Other lower-case starts: only the words of `SpanPipeline.lowerCaseStartRules`, one bit.
        guard tokens[index].has(.lowerCaseNameStarts), hasCapitalNearOrNamesWithout(at: index) else { return false }
        let token = tokens[index], cursor = TokenCursor(tokens, at: index)
        // (By index over the buffer: an element handed to a closure is a copy, and a copy of a
        // word set retains its arrays.)
        return SpanPipeline.lowerCaseStartWords.withUnsafeBufferPointer { starts in
            starts.indices.contains { starts[$0].words.contains(token) && starts[$0].rule.mayName(fromLowerCaseAt: cursor) }
        }
    }

    /// Lower-case starts: `la Havane`, `mer de Chine`, `ministère de la Santé publique`: a
    /// capital one or two words on, or a head that may name without one so near.
    func hasCapitalNearOrNamesWithout(at index: Int) -> Bool {
        let token = tokens[index]
        if index + 1 < tokens.count, tokens[index + 1].isCapitalized { return true }
        if index + 2 < tokens.count, tokens[index + 2].isCapitalized { return true }
        // (`vallée de la Vésubie`: a feature noun's name may come three words on. Lengths and
        // the capital first: this runs for most lower-case words.)
        // (The byte count first: comparing unequal strings is a call.)
        return (token.folded.utf8.count == 9 && token.folded == "ministere") || (token.length >= 5 && token.length <= 11 && token.has(.lowerCaseHeads))
            || (token.length == 4 && (token.folded == "cour" || token.folded == "code"))
            || (token.length == 8 && token.folded == "aeroport")
            || ((token.length == 5 && token.folded == "route") || (token.length == 9 && token.folded == "autoroute")
                || Lexicon.numberedLegalTextNouns.contains(token))
                && index + 1 < tokens.count && !tokens[index + 1].isCapitalized
            || (index + 3 < tokens.count && tokens[index + 3].isCapitalized && token.has(.featureNouns))
            // (`parc national de la Lopé`: a protected area's name comes up to five words on.)
            || (token.length >= 4 && token.length <= 7 && Lexicon.areaNouns.contains(token))
    }

    /// Widens a candidate to the capital `L’` before it (see `keepsCapitalArticle`): such names
    /// are mostly companies and titles.
    func keepArticle(of candidate: inout Candidate, first: NameToken) {
        let mention = candidate.mention
        guard let letter = elidedLetterOffset(first) else { return }
        let utf8Range = letter..<mention.utf8Range.upperBound
        let surface = String(decoding: self.utf8[utf8Range], as: UTF8.self)
        candidate.mention = Mention(text: surface, field: field, utf8Range: utf8Range,
                                    utf16Range: (mention.utf16Range.lowerBound - 2)..<mention.utf16Range.upperBound)
        candidate.folded = TextFolding.foldName(surface)
        // (`L’Île-Rousse`, `L’Haÿ-les-Roses`: a place's name by its own words stays one.)
        let placeByItsWords = candidate.fallbackType == .place && !candidate.isGuess
            && (isPlaceLikeCompound(first) || hasPlacePart(first) || Lexicon.cities.contains(first))
        if candidate.type == nil && !placeByItsWords { candidate.fallbackType = .org }
    }

    /// The elided `d` or `l` before `token`, as the fold writes it; nil for other elisions.
    func elidedArticleLetter(_ token: NameToken) -> String? {
        guard let letter = elidedLetterOffset(token) else { return nil }
        switch utf8[letter] | 0x20 {
        case 0x64: return "d"
        case 0x6C: return "l"
        default: return nil
        }
    }

    /// Whether the article elided before `token` was `d’` (`d’Irlande`), not `l’`, `s’` or `qu’`.
    func elidedDe(_ token: NameToken) -> Bool {
        guard let letter = elidedLetterOffset(token) else { return false }
        return utf8[letter] | 0x20 == 0x64
    }

    /// The byte offset of the elided article's letter before `token` (`l` of `l’Union`), nil
    /// when nothing was elided.
    func elidedLetterOffset(_ token: NameToken) -> Int? {
        guard token.afterElision else { return nil }
        let start = token.utf8.lowerBound
        // `'` is one byte, `’` three.
        let letter = start >= 2 && utf8[start - 1] == 0x27 ? start - 2 : start - 4
        return letter >= 0 ? letter : nil
    }

    /// Whether a `»` closes the quotation within `words` words from `start` (only words between).
    func quoteCloses(from start: Int, within words: Int) -> Bool {
        var cursor = start
        while cursor < tokens.count && cursor - start < words {
            if tokens[cursor].symbol == "»" { return true }
            guard tokens[cursor].isWord else { return false }
            cursor += 1
        }
        return false
    }

    /// Whether a `(` comes within an expansion's reach after `end` (a symbol test per token, before
    /// `expansionEnd`'s word lookups: most one-word names have no parenthesis after them).
    func parenthesisFollows(_ end: Int) -> Bool {
        var cursor = end + 2
        let limit = min(tokens.count - 2, end + 12)
        while cursor <= limit {
            if tokens[cursor].symbol == "(" { return true }
            cursor += 1
        }
        return false
    }

    /// A capitalised word that may be a name's short form in parentheses (`Parti … (Libre)`).
    func isAliasWord(_ token: NameToken) -> Bool {
        token.isWord && token.isCapitalized && !token.isRomanNumeral && !token.afterElision
            && !token.has(.places) && !token.has(.notNames)
    }

    /// A four-digit year from 1900 to 2099.
    func isYear(_ token: NameToken) -> Bool {
        let bytes = token.folded.utf8
        guard token.isWord, bytes.count == 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return token.folded.hasPrefix("19") || token.folded.hasPrefix("20")
    }

    /// `2025-2029`: two years joined by a hyphen in one word.
    func isYearSpan(_ token: NameToken) -> Bool {
        let bytes = Array(token.folded.utf8)
        guard token.isWord, bytes.count == 9, bytes[4] == 0x2D || bytes[4] == 0x20 else { return false }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        return bytes[0..<4].allSatisfy(isDigit) && bytes[5...].allSatisfy(isDigit)
            && (bytes[0] == 0x31 && bytes[1] == 0x39 || bytes[0] == 0x32 && bytes[1] == 0x30)
    }

    /// Lower-case adjectives that belong inside institution names (`monétaire`, `russo-cubaine`).
    func isAdjective(_ token: NameToken) -> Bool {
        guard !token.isCapitalized, token.length >= 4, !token.has(.stopWords) else { return false }
        let folded = token.folded.replacingHyphens()
        // (A compound is judged by its last part; a word without one by its own bits.)
        let whole = folded.utf8.count == token.folded.utf8.count
        if token.has(.domainNouns) || (whole ? token.has(.notAdjectives) : Lexicon.notAdjectives.contains(folded)) { return false }
        // (`Centre antifraude`, `Office antidrogue`: a noun that `anti` makes an adjective.)
        return (Lexicon.adjectiveEnding.end(folded) && !folded.hasSuffix("ment"))
            || (whole && token.length >= 8 && folded.hasPrefix("anti"))
            || (whole ? token.has(.nationalityAdjectives) || token.has(.adjectivesWithoutEnding)
                : Lexicon.nationalityAdjectives.contains(folded) || Lexicon.adjectivesWithoutEnding.contains(folded)
                    // (`cubano-bélarusse`: a people's combining form opens a compound adjective, whatever its last part.)
                    || Lexicon.demonymCombiningForms.contains(String(token.folded.prefix { $0 != " " && $0 != "-" })))
    }

    /// Whether the word at `index` is a verb, not an adjective of the name before it: a present
    /// form that ends like an adjective, before its object (`le Parti socialiste appelle à …`,
    /// `la Banque mondiale active un plan`).
    func isVerbAfterName(at index: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: index)
        return cursor.lookahead(0) { Lexicon.verbForms.contains($0) && !$0.has(.nationalityAdjectives) }
            && cursor.lookahead(1) { $0.isWord && !$0.isCapitalized && Lexicon.verbObjectOpeners.contains($0) }
    }

    // MARK: Building

    func makeCandidate(_ start: Int, _ end: Int, type: EntityType?) -> Candidate {
        let first = tokens[start], last = tokens[end]
        let utf8 = first.utf8.lowerBound..<last.utf8.upperBound
        let utf16 = first.utf16.lowerBound..<last.utf16.upperBound
        let surface = String(decoding: self.utf8[utf8], as: UTF8.self)
        var wordCount = 0
        var acronymOnly = true
        var onlyWords = true
        for position in start...end {
            guard tokens[position].isWord else { onlyWords = false; continue }
            wordCount += 1
            if !tokens[position].isAcronym { acronymOnly = false }
        }
        // Words alone: their folds joined are the name's fold (what `foldName` would compute).
        let folded = onlyWords ? NameToken.joinedFolds(tokens[start...end]) : TextFolding.foldName(surface)
        return Candidate(folded: folded, tokenCount: wordCount,
                         type: type, fallbackType: type ?? .person,
                         mention: Mention(text: surface, field: field, utf8Range: utf8, utf16Range: utf16),
                         isAcronymOnly: acronymOnly, needsConfirmation: false, isWeak: false)
    }
}

extension String {
    /// Hyphens as spaces removed (for suffix tests on compound adjectives).
    func replacingHyphens() -> String {
        // (No array of parts: this runs for every word an adjective test sees.)
        guard let space = utf8.lastIndex(of: 0x20) else { return self }
        return String(self[index(after: space)...])
    }
}
