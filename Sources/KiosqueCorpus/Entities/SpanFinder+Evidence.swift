import KiosqueText

/// Typing by evidence: what a name's own shape and the words right around it say of its type
/// when no list knows it. Each test is small and looks only at nearby tokens (bounds-checked).
extension SpanFinder {
    /// What a multi-word name's shape says: an acronym or an inner capital inside it, a company
    /// suffix (`… Labs`), an English place or law word at its end (`… Valley`, `… Act`).
    func shapeEvidence(_ words: [NameToken]) -> EntityType? {
        guard let first = words.first, let last = words.last, words.count >= 2 else { return nil }
        // (`Anna Arena` is more likely a person than `Anna Court Arena`.)
        let notAPerson = words.count >= 3 || !first.isGivenName
        if Lexicon.englishPlaceWords.contains(last) && (notAPerson || Lexicon.surnamelessEnglishPlaceWords.contains(last)) { return .place }
        if Lexicon.englishMiscWords.contains(last) && notAPerson { return .misc }
        for word in words.dropFirst() where word.has(.companySuffixes) { return .org }
        // (`Pro D2`, `Vorlane X7`: a code of a letter and digits names a league or a model.)
        if words.count == 2, Self.isLetterDigitCode(last) { return .misc }
        // People's names hold no acronym (`… BHF`) and no inner capital (`… DeepMind`) beyond
        // a family prefix (`McCartney`, `DiCaprio`, `LeBlanc`).
        for word in words {
            if word.isAcronym && !word.isRomanNumeral && word.length >= 2 { return .org }
            if word.hasInnerCapital && !word.isAcronym && !word.folded.contains(" ") && !hasFamilyPrefix(word) { return .org }
        }
        return nil
    }

    /// `D2`, `X7`, `A320`: one letter then one to three digits.
    static func isLetterDigitCode(_ token: NameToken) -> Bool {
        let bytes = token.folded.utf8
        guard (2...4).contains(bytes.count), let head = bytes.first, head >= 0x61 && head <= 0x7A else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether a word is written in ASCII only: an accented word is no English one (`Côme`, not `come`).
    func isWrittenInASCII(_ token: NameToken) -> Bool { token.utf8.allSatisfy { utf8[$0] < 0x80 } }

    /// Whether the letters before a word's inner capital are a surname prefix (`McCartney`,
    /// `DiCaprio`, `LeBlanc`), by its written bytes (ASCII letters up to the first capital after the first).
    func hasFamilyPrefix(_ token: NameToken) -> Bool {
        var prefix: [UInt8] = []
        for position in token.utf8.dropFirst() {
            let byte = utf8[position]
            if byte >= 0x41 && byte <= 0x5A { break }
            if byte == 0x27 || byte == 0xE2 { return true }  // `O’Neill`, `D'Alembert`
            prefix.append(byte)
            if prefix.count > 3 { return false }
        }
        guard let first = token.utf8.first.map({ utf8[$0] | 0x20 }) else { return false }
        return Lexicon.familyPrefixes.contains(String(decoding: [first] + prefix, as: UTF8.self))
    }

    /// A capitalised French common word heading a name (`Crédit …`, `Bourse de …`): people's
    /// names rarely start with one, unless it is also a given name (`Pierre`).
    func hasCommonWordHead(_ first: NameToken) -> Bool {
        first.length >= 4 && !first.isAcronym && Lexicon.commonWords.contains(first) && !first.isGivenName
    }

    /// `Vallon-Pont-d’Arc`, `Fos-sur-Mer`, `Col-des-Roches`: a hyphenated word with a connector
    /// inside (`sur`, `en`, `de`, `d’`, `les`…) is built like the name of a French commune.
    func isCommuneCompound(_ token: NameToken) -> Bool {
        guard token.isWord, !token.isAcronym, token.folded.utf8.contains(0x20) else { return false }
        let parts = token.folded.split(separator: " ")
        guard parts.count >= 3 else { return false }
        return parts.dropFirst().dropLast().contains { Lexicon.communeConnectors.contains(String($0)) }
            || parts.dropFirst().contains { $0.hasPrefix("d'") || $0.hasPrefix("l'") }
    }

    /// `Hydro-Lyon`, `Radio-Montréal`: a hyphenated word ending with a known place after a
    /// part that is not a place is an organisation built on the place's name.
    func isPlaceCompound(_ token: NameToken) -> Bool {
        guard token.isWord, let space = token.folded.utf8.lastIndex(of: 0x20) else { return false }
        let head = String(token.folded[..<space]), tail = String(token.folded[token.folded.utf8.index(after: space)...])
        guard !head.contains(" "), Lexicon.places.contains(tail) || Lexicon.cities.contains(tail), !Lexicon.places.contains(head),
              !Lexicon.cities.contains(head),
              !Lexicon.compassPoints.contains(head), !Lexicon.placeFirstWords.contains(head),
              // (`Trois-Rivières`, `Sept-Îles`: a number of things is a place's name.)
              !Lexicon.cardinalWords.contains(head),
              // (`Côte-Nord`, `Haut-Doubs`: a compass point after a word, a place after a relief adjective, are regions.)
              !Lexicon.compassPoints.contains(tail), !Lexicon.reliefAdjectives.contains(head),
              // (`Nouvelle-Angleterre`, `Petite-Terre`: a new or a small one of a place is a place.)
              !Lexicon.placeCompoundAdjectives.contains(head) else { return false }
        return Lexicon.compoundOrgPrefixes.contains(head) || Lexicon.commonWords.contains(head) || hasAcronymHead(token)
    }

    /// `Jérusalem-Est`, `Sud-Kivu`-like hyphenated words with a known place or a compass point
    /// as a part (and not built like an organisation, see `isPlaceCompound`).
    func hasPlacePart(_ token: NameToken) -> Bool {
        guard token.isWord, token.folded.utf8.contains(0x20) else { return false }
        let parts = token.folded.split(separator: " ").map(String.init)
        // (`Côte-Nord`, `Rive-Sud`: a compass point after a first part that is no given name.)
        if parts.count >= 2, parts.dropFirst().contains(where: { Lexicon.compassPoints.contains($0) }),
           let head = parts.first, !Lexicon.isGivenName(head) { return true }
        return parts.contains { Lexicon.places.contains($0) || Lexicon.cities.contains($0) }
            && (parts.contains { Lexicon.compassPoints.contains($0) } || parts.allSatisfy { !Lexicon.isGivenName($0) })
    }

    /// A sentence's first word that is a French common noun heading no known kind of name,
    /// before a capitalised word that is not one.
    func isOpeningCommonNoun(at index: Int) -> Bool {
        let token = tokens[index]
        // (`L’Euro Stoxx 50 a gagné`: after a sentence's `L’`, the noun's capital is its own.)
        guard !token.isAcronym, !token.afterElision, index + 1 < tokens.count, tokens[index + 1].isWord, tokens[index + 1].isCapitalized,
              !tokens[index + 1].afterElision, hasCommonWordHead(token) else { return false }
        let next = tokens[index + 1].folded
        return !Lexicon.commonWords.contains(next) && !token.has(.organisationHeads)
            && !token.has(.prenominalAdjectives)
            && !token.has(.miscHeads) && !token.has(.placeFirstWords)
            && !token.has(.featureNouns) && token.classNounType == nil
            && !token.has(.places) && Lexicon.gazetteer[token.folded] == nil
    }

    /// `le britannique X`, `l’américain X`: a nationality adjective in lower case after an
    /// article qualifies a thing, a company or a body (a person is `le Britannique X`).
    func lowercaseNationalityBefore(_ start: Int) -> Bool {
        guard start >= 2 else { return false }
        let adjective = tokens[start - 1]
        // (`le comédien`, `la physicienne`: a trade's noun ends like a people's word.)
        guard adjective.isWord, !adjective.isCapitalized, adjective.length >= 5, !adjective.has(.titles),
              !adjective.has(.occupationNouns), !Lexicon.tradeEnding.end(adjective.folded),
              adjective.classNounType == nil, !tokens[start].isGivenName,
              adjective.afterElision || ["le", "la", "l"].contains(tokens[start - 2].folded) else { return false }
        return adjective.has(.nationalityAdjectives)
            || (Lexicon.singularDemonymEnding.end(adjective.folded) && Lexicon.commonWords.contains(adjective))
    }

    /// `aux « Enfants du sel »`: after a preposition, a quotation of a few words that opens
    /// with a capitalised noun is a title (a quoted sentence follows a verb or a colon).
    func isShortTitleQuote(at index: Int) -> Bool {
        guard index >= 1, index + 2 < tokens.count, tokens[index - 1].isWord,
              Lexicon.titlePrepositions.contains(tokens[index - 1]) else { return false }
        let first = tokens[index + 1]
        guard first.isWord, first.isCapitalized, !first.afterElision, !first.has(.notNames),
              !first.has(.stopWords) else { return false }
        return quoteCloses(from: index + 2, within: 5)
    }

    /// `Palais-…`, `Château-…`, `Pont-…`: a hyphenated word headed by a noun of buildings or
    /// sites names a place.
    func isVenueCompound(_ token: NameToken) -> Bool {
        guard token.isWord, let space = token.folded.utf8.firstIndex(of: 0x20) else { return false }
        return Lexicon.venueNouns.contains(String(token.folded[..<space]))
    }

    /// What the verb right after a name says of it.
    enum VerbEvidence { case firm, speech }

    /// `X a racheté`, `X ont annoncé` (a firm's deeds), `X a déclaré` (speech), with an optional
    /// comma-less adverb between (`a notamment annoncé`).
    func verbEvidence(after end: Int) -> VerbEvidence? {
        var cursor = end + 1
        guard cursor + 1 < tokens.count, tokens[cursor].isWord, tokens[cursor].length <= 3,
              ["a", "ont", "avait", "aura"].contains(tokens[cursor].folded) else { return nil }
        cursor += 1
        if cursor + 1 < tokens.count, tokens[cursor].isWord, tokens[cursor].folded.hasSuffix("ment") { cursor += 1 }
        let verb = tokens[cursor]
        guard verb.isWord, !verb.isCapitalized else { return nil }
        if Lexicon.firmParticiples.contains(verb) { return .firm }
        if verb.has(.speechParticiples) { return .speech }
        return nil
    }

    /// `présenté comme`, `présenté par`: what makes a participle phrase of a verb. (Sets in
    /// static lets: a set literal at a call builds its table at every call.)
    static let participlePhraseWords: WordSet = ["comme", "par"]

    /// `Cargolux commande six avions`, `Vorlix rachète …`: a firm's deed in the present right
    /// after a name that opens its sentence (no common noun opens one without its determiner).
    /// (`Moment suspendu`, `Têtes d’affiche`: a common word and its participle or complement;
    /// `Longtemps présenté comme …`: a participle phrase.)
    func isFirmPresentVerb(after end: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: end)
        guard let name = cursor.peek(), !Lexicon.isCommonNoun(name), let verb = cursor.peek(1), verb.isWord,
              !verb.isCapitalized, !verb.afterElision, !cursor.word(2, in: Self.participlePhraseWords) else { return false }
        return Lexicon.firmPresentVerbs.contains(verb) || (Lexicon.firmParticiples.contains(verb) && verb.folded.hasSuffix("e"))
    }

    /// `le PDG de X`, `les salariés d’X`, `chez X`: the name is the company these belong to.
    func companyContext(before start: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = tokens[start - 1]
        if previous.isWord, previous.length == 4, previous.folded == "chez" { return true }
        var cursor = start - 1
        if elidedDe(tokens[start]) {
            cursor = start - 1
        } else if previous.isWord, previous.length <= 3, ["de", "du"].contains(previous.folded) {
            cursor = start - 2
        } else {
            return false
        }
        guard cursor >= 0, tokens[cursor].isWord, !tokens[cursor].sentenceStart else { return false }
        return tokens[cursor].has(.companyOwnerNouns)
    }

    /// `CAC 40`, `Ariane 6`: a number of one to three digits right after a name belongs to it,
    /// unless a unit, a percentage or a score goes on (`Cuba 3, Japon 2`, `Paris 2 %`).
    func numberEnd(after end: Int) -> Int? {
        let next = end + 1
        guard next < tokens.count, tokens[next].isWord, tokens[next].length <= 3,
              tokens[next].folded.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // Not after a number: `Cuba 3, Japon 2` is a score.
        if next + 1 < tokens.count {
            let after = tokens[next + 1]
            // (`Cuba 3, Japon 2`: a comma then another name and number is a list of scores.)
            if after.symbol == ",", next + 3 < tokens.count, tokens[next + 2].isCapitalized,
               tokens[next + 3].folded.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) ?? false { return nil }
            // (`1,2 %`: a decimal comma.)
            if after.symbol == ",", next + 2 < tokens.count, tokens[next + 2].utf8.lowerBound == after.utf8.upperBound { return nil }
            if !after.isWord && ![".", ")", "»", ",", ":", ";", "!", "?"].contains(after.symbol) { return nil }
            if after.isWord && (after.folded.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) { return nil }
            if after.isWord && (Lexicon.unitWords.contains(after) || after.isCapitalized) { return nil }
            // `5 à 3`: a score (`à` is two bytes, the verb `a` one).
            if after.isPrepositionA { return nil }
        }
        return next
    }

    /// Whether the elided article before `token` is a capital `L` inside a sentence
    /// (`chez L’Oréal`-like names keep it: a capital there says it belongs to the name).
    func keepsCapitalArticle(_ token: NameToken) -> Bool {
        guard !token.sentenceStart, let letter = elidedLetterOffset(token), utf8[letter] == 0x4C else { return false }  // `L`
        // The article stands alone: a space or an opening mark before it.
        return letter == 0 || utf8[letter - 1] == 0x20 || utf8[letter - 1] == 0xA0 || utf8[letter - 1] == 0x28
    }
}

extension SpanFinder {
    /// `Ursula von der Leyen`: between a given name and a capitalised last word, only surname
    /// particles (a place's connectors are Romance: `Consolación del Sur`), and a last word
    /// that no list knows as a place or a common word.
    func hasParticleSurname(_ words: [NameToken]) -> Bool {
        guard words.count >= 3, let last = words.last, last.isCapitalized,
              !last.has(.places), !Lexicon.cities.contains(last),
              !Lexicon.commonWords.contains(last) else { return false }
        return words.dropFirst().dropLast().allSatisfy { Lexicon.germanicParticles.contains($0) }
    }

    /// `Eneida Aizpurúa de Sanjur`, `Johana Tablada de la Torre`: a given name, a surname and
    /// `de` (`de la`, `del`) before one more surname, Spanish-style, none of them a known place's
    /// or a common word (`Santa Cruz de Tenerife`, `San José de las Lajas` are places).
    func hasSpanishDeSurname(_ words: [NameToken]) -> Bool {
        guard words.count == 4 || words.count == 5, let first = words.first, !first.has(.placeFirstWords),
              let last = words.last, last.isCapitalized else { return false }
        let surname = words[1], link = words[2]
        guard surname.isCapitalized, !surname.isGivenName, link.isFold(oneOf: ["de", "del"]),
              words.count == 4 || words[3].isFold(oneOf: ["la", "los", "las"]) else { return false }
        return [surname, last].allSatisfy { !$0.has(.places) && !Lexicon.cities.contains($0) && !Lexicon.commonWords.contains($0) }
    }

    /// `la Wallonie`, `la Gaspésie`: an unknown word after an article, ending like French names
    /// of regions and countries (`-ie`), that is no common word.
    func isRegionShaped(_ token: NameToken) -> Bool {
        token.length >= 6 && token.folded.hasSuffix("ie") && !Lexicon.commonWords.contains(token)
            && !token.isGivenName
    }

    /// What a two-word name with no known given name says of itself: a venue noun first (`Val
    /// …`, `Mont …`) makes a place; a French common word last (`… Groupe`, `… Mutualité`)
    /// makes a body, not a person's surname.
    func twoWordEvidence(_ words: [NameToken]) -> EntityType? {
        guard words.count == 2, let first = words.first, let last = words.last,
              !first.isGivenName else { return nil }
        if first.has(.venueNouns) { return .place }
        // (The word list holds singulars: `… Agriculteurs` is looked up as `agriculteur`.)
        let singular = last.folded.hasSuffix("s") ? String(last.folded.dropLast()) : last.folded
        if last.length >= 3, !last.isAcronym, Lexicon.commonWords.contains(last) || Lexicon.commonWords.contains(singular),
           !last.isGivenName {
            return .org
        }
        return nil
    }
}

extension SpanFinder {
    /// `dans le Lötschental`, `vers la X`: a preposition of place before the article (`à la`,
    /// `à l’` only when `orA`: a single word there is as often a company, `à la Fnac`).
    func placePrepositionBeforeArticle(_ start: Int, orA: Bool = false) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        let article = cursor.peek(-1), preposition = tokens[start].afterElision ? article : cursor.peek(-2)
        guard let preposition, preposition.isWord, orA || preposition.folded != "a", preposition.folded != "au" else { return false }
        return preposition.has(.placePrepositions)
    }
}

extension SpanFinder {
    /// `Lège-Cap-Ferret`, `Saas-Fee`: an unknown hyphenated word of capitalised parts, the first
    /// no given name (`Jean-Pierre`), is mostly a place's name (bodies built on a word and a
    /// place, `Radio-…`, are told apart before: `isPlaceCompound`).
    func isPlaceLikeCompound(_ token: NameToken) -> Bool {
        guard token.isWord, !token.isAcronym, let space = token.folded.utf8.firstIndex(of: 0x20) else { return false }
        let head = String(token.folded[..<space])
        guard head.utf8.count >= 2, !Lexicon.isGivenName(head), !Lexicon.compoundOrgPrefixes.contains(head) else { return false }
        // Every part capitalised, as written (`X-mount`, `Linux-specific` are no names of places),
        // the first no acronym (`CEA-…` is a body's).
        let written = utf8[token.utf8]
        if written.prefix(while: { $0 != 0x2D }).allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return false }
        return zip(written, written.dropFirst()).allSatisfy { byte, next in
            byte != 0x2D || (next >= 0x41 && next <= 0x5A) || next >= 0xC3
        }
    }
}

extension SpanFinder {
    /// A cardinal number word or digits (`douze`, `12`).
    func isCardinal(_ token: NameToken) -> Bool {
        Lexicon.cardinalWords.contains(token)
            || (token.length <= 4 && token.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 })
    }
}

extension Lexicon {
    /// Adjectives that make a place's name out of another's (`Nouvelle-Angleterre`, `Grande-Terre`).
    /// Source: hand-written, French.
    static let placeCompoundAdjectives: Set<String> = ["nouvelle", "nouveau", "nouvel", "grande", "petite", "vieille", "vieux"]
}

extension SpanFinder {
    /// `à Centro Habana`, `d’Unión de Reyes`: a name of several words that the city list knows
    /// whole, after a preposition of places or an elided `d’`, is the town, though its words
    /// head bodies elsewhere (`Centro …`, `Unión de Jóvenes …`).
    func isKnownTownAfterPreposition(start: Int, end: Int) -> Bool {
        guard end > start else { return false }
        let first = tokens[start]
        // (`de Centro Habana`: after `de` too, the whole name being a town's.)
        let afterPreposition = first.afterElision ? elidedDe(first)
            : start > 0 && tokens[start - 1].isWord && !tokens[start - 1].isCapitalized
                && (tokens[start - 1].has(.placePrepositions) || (tokens[start - 1].length == 2 && tokens[start - 1].folded == "de"))
        // (The name is joined only when the preposition is there: this runs for every name of several words.)
        return afterPreposition && Lexicon.cities.contains(NameToken.joinedFolds(tokens[start...end].filter(\.isWord)))
    }
}
