import KiosqueText

/// Finds name spans in one text (a title or a paragraph).
struct SpanFinder {
    let text: String
    let field: TextField
    let tokens: [NameToken]
    /// The text's UTF-8 bytes, to cut candidates out of without re-encoding.
    let utf8: [UInt8]

    init(text: String, field: TextField) {
        self.text = text
        self.field = field
        tokens = NameToken.tokenize(text)
        utf8 = Array(text.utf8)
    }

    func candidates() -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index < tokens.count {
            if mayStartName(at: index), let (spanFound, spanNext) = span(at: index) {
                var candidate = spanFound
                var next = spanNext
                if let extended = expansionEnd(after: next - 1), candidate.type == .org || candidate.type == .misc {
                    candidate = makeCandidate(index, extended, type: candidate.type)
                    next = extended + 1
                }
                // `Expansion (ACR)`: the acronym is another mention of the same entity; so is a
                // one-word short name after an organisation (`Commandement Sud (Southcom)`).
                if next + 2 < tokens.count, tokens[next].symbol == "(", tokens[next + 2].symbol == ")",
                   tokens[next + 1].isAcronym || isAlias(tokens[next + 1], after: candidate) {
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
        return found
    }

    /// A capitalised single word in parentheses after an organisation or event is its short name.
    private func isAlias(_ token: NameToken, after candidate: Candidate) -> Bool {
        guard token.isWord, token.isCapitalized, !token.isRomanNumeral, candidate.tokenCount >= 2,
              candidate.type == .org || candidate.type == .misc else { return false }
        return !Lexicon.places.contains(token.folded) && !Lexicon.notNames.contains(token.folded)
    }

    /// Whether a name could start at `index`, by the cheap tests of `span(at:)`'s rules: most
    /// tokens are lower-case words that no rule starts a name with, and the rules cost far
    /// more than this (a name found as `(Candidate, Int)` is a large value to pass back).
    private func mayStartName(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return token.symbol == "«" }
        if token.isCapitalized || token.isAcronym { return true }
        // Lower-case starts: `la Havane`, `mer de Chine`, `ministère de la Santé publique`.
        if index + 1 < tokens.count, tokens[index + 1].isCapitalized { return true }
        if index + 2 < tokens.count, tokens[index + 2].isCapitalized { return true }
        return token.folded == "ministere" || (token.length >= 5 && token.length <= 10 && Self.lowerCaseHeads.contains(token.folded))
    }

    /// When an organisation's name continues in lower case up to an acronym in parentheses
    /// (`Institut cubain de l’art et de l’industrie cinématographiques (ICAIC)`), the last
    /// token before the parenthesis: the parenthesis says where the expansion ends.
    private func expansionEnd(after end: Int) -> Int? {
        var cursor = end + 1
        while cursor < tokens.count && cursor - end <= 12 {
            let token = tokens[cursor]
            // `prix Casa de las Américas à un essai consacré à la Fondation … (FNCL)`: the
            // expansion is the later name, not a stretch across a verb's complements.
            if token.isWord && Self.notInNames.contains(token.folded) {
                // `… pour la stabilisation au Mali (MINUSMA)`: a place right before the parenthesis.
                guard token.folded == "au" || token.folded == "aux", cursor + 2 < tokens.count,
                      tokens[cursor + 1].isCapitalized, tokens[cursor + 2].symbol == "(" else { return nil }
            }
            // `… non alignés et auprès de la Communauté … (SADC)`: the acronym is another institution's.
            if token.isWord && token.isCapitalized && Lexicon.organisationHeads.contains(token.folded) { return nil }
            // `… national et de La Terre libre (LTL)`: a capitalised article after `et` opens another name.
            if token.isWord && token.length == 2 && token.folded == "et", startsAnotherName(after: cursor) { return nil }
            if !token.isWord {
                guard token.symbol == "(", cursor > end + 1, cursor + 2 < tokens.count,
                      tokens[cursor + 1].isAcronym || isAliasWord(tokens[cursor + 1]),
                      tokens[cursor + 2].symbol == ")" else { return nil }
                return cursor - 1
            }
            cursor += 1
        }
        return nil
    }

    /// `le film « Fresa y chocolate »`: a short capitalised title in French quotes after a
    /// noun of works is one MISC name.
    private func quotedWork(at index: Int) -> (Candidate, Int)? {
        guard tokens[index].symbol == "«", index + 1 < tokens.count, tokens[index + 1].isCapitalized else { return nil }
        var lookback = index - 1
        var announced = false
        while lookback >= 0 && index - lookback <= 3 {
            if Lexicon.workNouns.contains(tokens[lookback].folded) { announced = true; break }
            lookback -= 1
        }
        // `l’argentin « Las hijas del mar »`: a nationality adjective standing for the work.
        if index >= 2, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized, tokens[index - 1].afterElision
            || ["le", "la", "les"].contains(tokens[index - 2].folded),
           Self.singularDemonymEndings.contains(where: tokens[index - 1].folded.hasSuffix) {
            announced = true
        }
        // In a headline, a short capitalised quotation is a title (`« Fresa y chocolate » restauré`);
        // anywhere, so is one whose words are all capitalised (`reprendra « Chan Chan »`).
        guard announced || field == .title || isCapitalisedTitle(from: index + 1) || isArticleTitle(from: index + 1)
            || isShortTitleQuote(at: index) else { return nil }
        var cursor = index + 1
        while cursor < tokens.count && cursor - index <= 9 {
            if tokens[cursor].symbol == "»" {
                guard cursor - 1 > index else { return nil }
                var work = makeCandidate(index + 1, cursor - 1, type: .misc)
                // A title keeps its elided article (`« L’Aube »`).
                if tokens[index + 1].afterElision { keepArticle(of: &work, first: tokens[index + 1]) }
                return (work, cursor + 1)
            }
            if !tokens[cursor].isWord && tokens[cursor].symbol != "'" && tokens[cursor].symbol != "," { return nil }
            cursor += 1
        }
        return nil
    }

    /// `« Les Heures du sel »`: a short quotation opening with an article and a capitalised noun
    /// is a title (a quoted sentence has its noun in lower case).
    private func isArticleTitle(from start: Int) -> Bool {
        guard start + 2 < tokens.count, tokens[start].isWord, Self.nameArticles.contains(tokens[start].folded) || tokens[start].folded == "les",
              tokens[start + 1].isWord, tokens[start + 1].isCapitalized, !tokens[start + 1].afterElision,
              !Lexicon.notNames.contains(tokens[start + 1].folded), !Lexicon.places.contains(tokens[start + 1].folded),
              !Self.demonymEndings.contains(where: tokens[start + 1].folded.hasSuffix),
              !Lexicon.nationalityAdjectives.contains(tokens[start + 1].folded) else { return false }
        // (Four words at most: `« Le Hezbollah ne cédera pas »` is a sentence.)
        return quoteCloses(from: start + 2, within: 3)
    }

    /// `« Chan Chan »`, `« Le Dernier Tramway »`: up to four words, all capitalised (or
    /// name connectors), then the closing quote.
    private func isCapitalisedTitle(from start: Int) -> Bool {
        var cursor = start
        while cursor < tokens.count && cursor - start < 5 {
            let token = tokens[cursor]
            if token.symbol == "»" { return cursor > start && !(cursor == start + 1 && Lexicon.places.contains(tokens[start].folded)) }
            guard token.isWord, token.isCapitalized || Lexicon.connectors.contains(token.folded) else { return false }
            cursor += 1
        }
        return false
    }

    // MARK: Spans

    /// The name starting at `index`, and the index after it.
    private func span(at index: Int) -> (Candidate, Int)? {
        let token = tokens[index]
        if let work = quotedWork(at: index) { return work }
        guard token.isWord else { return nil }
        // 1. Known names, longest first (they may start with a lower-case article: `la Havane`).
        if let known = gazetteerMatch(at: index) { return known }
        // `mer de Chine méridionale`, `golfe du Bengale`: a body of water or relief named after a place.
        if let place = namedFeature(at: index) { return place }
        // 2. `ministère (adjective) de/des … Capitalised`: an institution written out.
        if token.folded == "ministere", let end = institutionEnd(from: index) {
            return (makeCandidate(index, end, type: .org), end + 1)
        }
        // `tribunal correctionnel de …`, `préfecture de …`, `université …`: a body written in lower
        // case keeps its head when a capitalised name completes it.
        if !token.isCapitalized, token.length >= 5, token.length <= 10, Self.lowerCaseHeads.contains(token.folded),
           let end = institutionEnd(from: index), (index + 1...end).contains(where: { tokens[$0].isCapitalized }) {
            return (makeCandidate(index, end, type: .org), end + 1)
        }
        // `le département d’État`: the US foreign ministry.
        // (Lengths first: string comparisons that fail cost a call, and this runs for most words.)
        if token.length == 11, token.folded == "departement", !token.isCapitalized, index + 1 < tokens.count, tokens[index + 1].afterElision,
           tokens[index + 1].folded == "etat", tokens[index + 1].isCapitalized {
            return (makeCandidate(index, index + 1, type: .org), index + 2)
        }
        // `le prix Casa de las Américas`, `la loi Verlaine`: an award or a law keeps its lower-case noun.
        if (token.length == 4 && token.folded == "prix") || (token.length == 3 && token.folded == "loi"), !token.isCapitalized, index + 1 < tokens.count, tokens[index + 1].isCapitalized,
           !tokens[index + 1].afterElision, !Lexicon.notNames.contains(tokens[index + 1].folded),
           let (_, next) = span(at: index + 1) {
            return (makeCandidate(index, next - 1, type: .misc), next)
        }
        guard token.isCapitalized || token.isAcronym else { return nil }
        // `titre III`, `phase III`: a numeral ends a name but starts none; `l’ONG` is a common noun.
        if token.isRomanNumeral || (token.isAcronym && Lexicon.commonAcronyms.contains(token.folded)) { return nil }
        if let saint = saintPlace(at: index) { return saint }
        // (`General Dynamics`-like: a title word before a company word is the company's name.)
        if Lexicon.titles.contains(token.folded) && !token.isAcronym
            && !(index + 1 < tokens.count && Lexicon.companySuffixes.contains(tokens[index + 1].folded)) { return nil }
        // `Haute Autorité de …`: a prenominal adjective before an institution head starts the institution.
        if token.length >= 4, Self.prenominalAdjectives.contains(token.folded), index + 1 < tokens.count,
           tokens[index + 1].isCapitalized, Lexicon.organisationHeads.contains(tokens[index + 1].folded),
           let end = institutionEnd(from: index + 1) {
            return (makeCandidate(index, end, type: .org), end + 1)
        }
        // `Verdict Lubrizol`-like sentence openings: a capitalised common noun that heads no
        // institution, before an unknown name, is the sentence's word, not the name's.
        if token.sentenceStart, isOpeningCommonNoun(at: index) { return nil }
        // `Tempête Ciara`: a capitalised storm noun heads the storm's name and stays outside its span.
        if token.length >= 6, Lexicon.stormWords.contains(token.folded), index + 1 < tokens.count, tokens[index + 1].isCapitalized {
            return nil
        }
        // `Centre national des ouragans`: a head that is also a common capitalised word is a
        // name only with an adjective and a complement.
        if Lexicon.notNames.contains(token.folded), Lexicon.organisationHeads.contains(token.folded),
           let end = institutionEnd(from: index), end >= index + 3 {
            return (makeCandidate(index, end, type: .org), end + 1)
        }
        // `la route de La Farola`: a capitalised article inside a sentence belongs to the name.
        let articleInName = !token.sentenceStart && Self.nameArticles.contains(token.folded) && index + 1 < tokens.count
            && tokens[index + 1].isWord && tokens[index + 1].isCapitalized && !Lexicon.notNames.contains(tokens[index + 1].folded)
        if Lexicon.notNames.contains(token.folded) && !token.isAcronym && !articleInName {
            // `La`, `Le`… start a name only when the gazetteer says so (checked above).
            return nil
        }
        // 3. An organisation or event head: absorbs adjectives and `de …` complements.
        // (`Marine Le Pen`: a head that is also a given name, before a surname, is the person's.)
        if Lexicon.organisationHeads.contains(token.folded) || Lexicon.miscHeads.contains(token.folded),
           !(Lexicon.isGivenName(token.folded) && index + 2 < tokens.count && tokens[index + 1].isCapitalized
             && Self.surnameParticles.contains(tokens[index + 1].folded)) {
            var type: EntityType = Lexicon.organisationHeads.contains(token.folded) ? .org : .misc
            // `Ligue des nations`, `Ligue de diamant` are competitions; `Ligue arabe` a body.
            if token.folded == "ligue", index + 1 < tokens.count, ["de", "des", "du"].contains(tokens[index + 1].folded) { type = .misc }
            if var end = institutionEnd(from: index) {
                // `Jeux … de Saint-Domingue 2026`: an event's edition year.
                if type == .misc, end + 1 < tokens.count, isYear(tokens[end + 1]) { end += 1 }
                return (makeCandidate(index, end, type: type), end + 1)
            }
            // `Traité sur la non-prolifération des armes nucléaires (TNP)`
            if let end = expansionEnd(after: index) { return (makeCandidate(index, end, type: type), end + 1) }
            return nil
        }
        // `la Vénézuélienne Rosángela Urdaneta`: a people's name before a name is not part of it.
        if index > 0, token.afterElision || ["la", "le", "l", "du", "au"].contains(tokens[index - 1].folded), index + 1 < tokens.count,
           tokens[index + 1].isWord, tokens[index + 1].isCapitalized, !token.isAcronym,
           Self.singularDemonymEndings.contains(where: token.folded.hasSuffix) || Lexicon.nationalityAdjectives.contains(token.folded),
           !Lexicon.places.contains(token.folded),
           !Self.prenominalAdjectives.contains(token.folded) {
            return nil
        }
        // `Baptisé Guamá, …`: a participle opening a sentence is not part of the name after it.
        if isOpeningParticiple(at: index) { return nil }
        // 4. A run of capitalised words, with name connectors (`de`, `del`, `y`…) inside.
        var end = index
        while true {
            let next = end + 1
            // `Marine Le Pen`-like: a capitalised particle after a given name opens the surname.
            if end == index, next + 1 < tokens.count, tokens[next].isCapitalized, tokens[next].length <= 3,
               Self.surnameParticles.contains(tokens[next].folded), tokens[next + 1].isWord, tokens[next + 1].isCapitalized,
               !tokens[next + 1].afterElision, Lexicon.isGivenName(token.folded) {
                end = next + 1
                continue
            }
            if next < tokens.count, tokens[next].isWord, tokens[next].isCapitalized, !tokens[next].afterElision,
               !Lexicon.titles.contains(tokens[next].folded), !Lexicon.notNames.contains(tokens[next].folded) {
                end = next
                continue
            }
            // (`Premier12 de la Confédération …`: an institution after a connector is another name.)
            if next + 1 < tokens.count, tokens[next].isWord, Lexicon.connectors.contains(tokens[next].folded),
               tokens[next + 1].isWord, tokens[next + 1].isCapitalized, !Lexicon.notNames.contains(tokens[next + 1].folded),
               tokens[next + 1].length < 4 || !Lexicon.organisationHeads.contains(tokens[next + 1].folded),
               // (`Rafale de l’Inde`, `LEAP de CFM`: a known place after `de l’`, or an acronym, is another name.)
               !tokens[next + 1].isAcronym, !(tokens[next + 1].afterElision && Lexicon.places.contains(tokens[next + 1].folded)) {
                end = next + 1
                continue
            }
            // Two connectors in a row: `de la`, `de los` (`San Antonio de los Baños`).
            // (`Estadio Latinoamericano de La Havane`: a capitalised article starts another name.)
            if next + 2 < tokens.count, tokens[next].isWord, tokens[next + 1].isWord, !tokens[next + 1].isCapitalized,
               Lexicon.connectors.contains(tokens[next].folded), Lexicon.connectors.contains(tokens[next + 1].folded)
                || (tokens[next].folded == "de" && tokens[next + 1].folded == "la"),
               tokens[next + 2].isCapitalized, !Lexicon.notNames.contains(tokens[next + 2].folded),
               tokens[next + 2].length < 4 || !Lexicon.organisationHeads.contains(tokens[next + 2].folded) {
                end = next + 2
                continue
            }
            break
        }
        // `la Nouvelle banque de développement (NBD)`: a capitalised word going on in lower case up to
        // an acronym that spells it is the acronym's expansion.
        if end == index, !token.isAcronym, end + 1 < tokens.count, tokens[end + 1].isWord, !tokens[end + 1].isCapitalized,
           parenthesisFollows(end), let last = expansionEnd(after: end), tokens[last + 2].isAcronym,
           MentionResolver.spells(tokens[last + 2].folded, tokens[index...last].filter(\.isWord).map(\.folded)) {
            // (A world or United Nations programme is an agency: `Programme alimentaire mondial (PAM)`.)
            var type = tokens[index...last].lazy.compactMap { Lexicon.classNouns[$0.folded] }.first ?? .org
            if type == .misc, tokens[index...last].contains(where: { Self.worldWords.contains($0.folded) }) { type = .org }
            return (makeCandidate(index, last, type: type), last + 1)
        }
        // `la Cinémathèque française`, `l’Académie cubaine`: an institution named by a noun and an adjective.
        let previous = index > 0 ? tokens[index - 1] : nil
        // (`du Rassemblement national`: `du`, `au` hold an article too.)
        let afterArticle = token.afterElision || (previous.map { ["la", "le", "les", "du", "au"].contains($0.folded) } ?? false)
        if end == index, afterArticle, !token.isAcronym, end + 1 < tokens.count, isAdjective(tokens[end + 1]),
           !Lexicon.places.contains(token.folded), !portfolioContext(before: index) {
            // It may go on with complements: `l’État-major national de la Défense civile`.
            let last = max(end + 1, institutionEnd(from: index) ?? end + 1)
            // `le Parc national Alejandro de Humboldt`: a protected area is a place.
            let type: EntityType = Self.areaNouns.contains(token.folded) ? .place : .org
            return (makeCandidate(index, last, type: type), last + 1)
        }
        // `BioHabana 2026`, `FIHAV 2026`: a name with an edition year is an event.
        if end + 1 < tokens.count, isYear(tokens[end + 1]), !Lexicon.places.contains(token.folded) {
            return (makeCandidate(index, end + 1, type: .misc), end + 2)
        }
        // `Canal+`: a plus sign glued to a name belongs to it.
        if end + 1 < tokens.count, tokens[end + 1].symbol == "+", tokens[end + 1].utf8.lowerBound == tokens[end].utf8.upperBound {
            var candidate = makeCandidate(index, end + 1, type: nil)
            candidate.fallbackType = .org
            return (candidate, end + 2)
        }
        // `Ariane 6`, `CAC 40`: a small number right after a name is part of it (a product, an index).
        if let numbered = numberEnd(after: end), !Lexicon.places.contains(token.folded) {
            // (`Palais 12`: a venue's noun and a number name a place.)
            let type: EntityType = isVenueCompound(token) || Self.venueNouns.contains(token.folded) ? .place : .misc
            return (makeCandidate(index, numbered, type: type), numbered + 1)
        }
        var candidate = makeCandidate(index, end, type: nil)
        classify(&candidate, start: index, end: end)
        if keepsCapitalArticle(token) { keepArticle(of: &candidate, first: token) }
        return (candidate, end + 1)
    }

    /// Widens a candidate to the capital `L’` before it (see `keepsCapitalArticle`): such names
    /// are mostly companies and titles.
    private func keepArticle(of candidate: inout Candidate, first: NameToken) {
        let mention = candidate.mention
        guard let letter = elidedLetterOffset(first) else { return }
        let utf8Range = letter..<mention.utf8Range.upperBound
        let surface = String(decoding: self.utf8[utf8Range], as: UTF8.self)
        candidate.mention = Mention(text: surface, field: field, utf8Range: utf8Range,
                                    utf16Range: (mention.utf16Range.lowerBound - 2)..<mention.utf16Range.upperBound)
        candidate.folded = TextFolding.foldName(surface)
        if candidate.type == nil { candidate.fallbackType = .org }
    }

    /// The longest known place, organisation or MISC name starting at `index` (up to 7 words).
    private func gazetteerMatch(at index: Int) -> (Candidate, Int)? {
        // (The length test first: this runs for every word of the text.)
        let firstIsName = tokens[index].isCapitalized
            || (tokens[index].folded.utf8.count <= 3 && Self.nameArticles.contains(tokens[index].folded))
        guard firstIsName else { return nil }
        var name = ""
        var best: (end: Int, type: EntityType)?
        var cursor = index
        while cursor < tokens.count && cursor - index < 7 {
            let token = tokens[cursor]
            guard token.isWord else { break }
            if cursor > index && token.afterElision {
                // `Côte d’Ivoire`: a known name may hold an elided `d’`/`l’` (folded with `'`).
                guard let article = elidedArticleLetter(token) else { break }
                name += " " + article + "'" + token.folded
            } else {
                name = name.isEmpty ? token.folded : name + " " + token.folded
            }
            guard let entry = Lexicon.gazetteer[name] else { break }
            if let type = entry.type { best = (cursor, type) }
            cursor += 1
        }
        guard let best else { return nil }
        let first = tokens[index]
        // A known single word followed by more capitalised words is the start of a longer
        // name (`Santiago Pérez`, `Delta Airlines`): let the name rules decide.
        if best.end == index, index + 1 < tokens.count, tokens[index + 1].isWord, tokens[index + 1].isCapitalized,
           !tokens[index + 1].afterElision, !Lexicon.notNames.contains(tokens[index + 1].folded),
           !Lexicon.places.contains(tokens[index + 1].folded) {
            return nil
        }
        // `San Pedro Sula`: a known `San …` place followed by another capitalised word is a longer place.
        if best.end > index, best.type == .place, Lexicon.placeFirstWords.contains(first.folded), best.end + 1 < tokens.count,
           tokens[best.end + 1].isWord, tokens[best.end + 1].isCapitalized, !tokens[best.end + 1].afterElision,
           !Lexicon.notNames.contains(tokens[best.end + 1].folded), !Lexicon.places.contains(tokens[best.end + 1].folded) {
            return nil
        }
        // `La Terre libre (LTL)`-like: a known place going on in lower case up to an acronym that
        // spells the whole is the acronym's organisation.
        if best.type == .place, best.end + 1 < tokens.count, !tokens[best.end + 1].isCapitalized, parenthesisFollows(best.end),
           let last = expansionEnd(after: best.end), last + 2 < tokens.count, tokens[last + 2].isAcronym,
           MentionResolver.spells(tokens[last + 2].folded, tokens[index...last].filter(\.isWord).map(\.folded)) {
            return (makeCandidate(index, last, type: .org), last + 1)
        }
        // `Afrique de l’Ouest`, `Europe du Nord`: a known place and a compass point is a region.
        if best.type == .place, best.end + 2 < tokens.count, tokens[best.end + 2].isCapitalized, tokens[best.end + 1].length == 2,
           tokens[best.end + 1].folded == "du" || (tokens[best.end + 1].folded == "de" && tokens[best.end + 2].afterElision),
           Self.compassPoints.contains(tokens[best.end + 2].folded) {
            return (makeCandidate(index, best.end + 2, type: .place), best.end + 3)
        }
        // `Le Centre pour le contrôle …`: a common head that is also a place, before `pour`, is an
        // institution whose name the rules cannot delimit, not the place.
        if best.end == index, best.type == .place, best.end + 1 < tokens.count, tokens[best.end + 1].length == 4,
           tokens[best.end + 1].folded == "pour",
           Lexicon.organisationHeads.contains(first.folded), Lexicon.notNames.contains(first.folded) {
            return nil
        }
        // `Centre national des ouragans`: a known place that is also an institution head and
        // goes on with an adjective and a complement is the institution.
        if best.end == index, best.type == .place, Lexicon.organisationHeads.contains(first.folded),
           let end = institutionEnd(from: index), end >= index + 3 {
            return (makeCandidate(index, end, type: .org), end + 1)
        }
        // `San José de las Lajas`: a known place that goes on with connectors is a longer place.
        if Lexicon.placeFirstWords.contains(first.folded), best.end + 2 < tokens.count,
           Lexicon.connectors.contains(tokens[best.end + 1].folded),
           tokens[best.end + 2].isCapitalized || (best.end + 3 < tokens.count && tokens[best.end + 3].isCapitalized
               && Lexicon.connectors.contains(tokens[best.end + 2].folded)) {
            return nil
        }
        // A known organisation with a nationality adjective: `Croix-Rouge cubaine`.
        if best.type == .org, !first.isAcronym, best.end + 1 < tokens.count, tokens[best.end + 1].isWord,
           !tokens[best.end + 1].isCapitalized, tokens[best.end + 1].length >= 5,
           Self.singularDemonymEndings.contains(where: tokens[best.end + 1].folded.hasSuffix)
            || Self.relationalEndings.contains(where: tokens[best.end + 1].folded.hasSuffix) {
            return (makeCandidate(index, best.end + 1, type: .org), best.end + 2)
        }
        // A lower-case article alone before a capitalised word is part of the name only if
        // the whole is known (`la Havane`): checked by the lookup above.
        if !first.isCapitalized && best.end == index { return nil }
        // Longer capitalised continuation (`Cuba Libre`?) is not taken: the gazetteer wins.
        var candidate = makeCandidate(index, best.end, type: best.type)
        if best.type == .place, index > 0, Lexicon.stormWords.contains(tokens[index - 1].folded) { candidate.type = .misc }
        // `le quotidien Granma`: a place's name right after an organisation's class noun names the organisation.
        // (Class nouns have four letters or more: `de`, `à`, `la` before a place are not looked up.)
        if best.type == .place, best.end == index, index > 0, tokens[index - 1].length >= 4, tokens[index - 1].isWord,
           !tokens[index - 1].isCapitalized, Lexicon.classNouns[tokens[index - 1].folded] == .org {
            candidate.type = .org
        }
        // Capitalised multi-word continuation after a known organisation head is handled as an institution.
        if best.type == .org, let end = institutionEnd(from: index), end > best.end,
           Lexicon.organisationHeads.contains(first.folded) {
            candidate = makeCandidate(index, end, type: .org)
            return (candidate, end + 1)
        }
        return (candidate, best.end + 1)
    }

    /// A lower-case geographic noun, `de`/`des`/`du`, capitalised words and an optional
    /// adjective: one PLACE, the noun included (guidelines: the noun is part of such names).
    private func namedFeature(at index: Int) -> (Candidate, Int)? {
        let token = tokens[index]
        // Cheap tests first: this runs for every lower-case word.
        guard !token.isCapitalized, index + 2 < tokens.count, tokens[index + 1].isCapitalized || tokens[index + 2].isCapitalized,
              Lexicon.featureNouns.contains(token.folded) else { return nil }
        var cursor = index + 1
        if ["de", "des", "du", "d"].contains(tokens[cursor].folded) {
            cursor += 1
        } else if !tokens[cursor].afterElision && !Lexicon.directFeatureNouns.contains(token.folded) {
            return nil
        }
        // `le passage d’Omar`: only `passage du …` names a strait.
        if token.folded == "passage" && tokens[index + 1].folded != "du" { return nil }
        guard cursor < tokens.count, tokens[cursor].isWord, tokens[cursor].isCapitalized,
              !Lexicon.notNames.contains(tokens[cursor].folded) else { return nil }
        var end = cursor
        while end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].isCapitalized, !tokens[end + 1].afterElision { end += 1 }
        if end + 1 < tokens.count, tokens[end + 1].isWord, isAdjective(tokens[end + 1]) { end += 1 }
        return (makeCandidate(index, end, type: .place), end + 1)
    }

    /// For an institution head at `index`: the last token of its name, or nil when nothing
    /// capitalised or institutional follows (then it is just a common noun). Complements may
    /// be lower case (`Université des sciences médicales de La Havane`, `Fédération cubaine de
    /// baseball`), listed (`ministère de l’Économie, de la Science et de l’Innovation`) or
    /// negated (`Mouvement des pays non alignés`).
    private func institutionEnd(from index: Int) -> Int? {
        var end = index
        var sawName = false
        var sawComplement = false
        var lastWasPlain = false
        var cursor = index + 1
        // A head opening a sentence with no adjective may be a common noun (`Série de mesures`):
        // its lower-case complements must then be domain nouns.
        let looseComplements = !tokens[index].sentenceStart || (index + 1 < tokens.count && isAdjective(tokens[index + 1]))
        while cursor < tokens.count {
            let token = tokens[cursor]
            guard token.isWord else {
                // A comma inside a list of complements that `et de …` closes.
                if token.symbol == ",", sawComplement, let next = complementEnd(at: cursor + 1, loose: looseComplements, inList: true),
                   listIsClosed(after: next) {
                    end = next; sawName = true; cursor = next + 1; continue
                }
                break
            }
            if token.isCapitalized && !token.afterElision {
                // `Commandement Sud des États-Unis`: a compass point right after the head.
                let compass = cursor == index + 1 && Self.compassPoints.contains(token.folded)
                if Lexicon.notNames.contains(token.folded) && !sawName && !Lexicon.places.contains(token.folded) && !compass { break }
                end = cursor; sawName = true; cursor += 1; continue
            }
            if elidedDe(token) && token.isCapitalized {  // `Jeux d’Amérique centrale` (not `et l’AES`)
                end = cursor; sawName = true; sawComplement = true; cursor += 1; continue
            }
            if isAdjective(token) { end = cursor; cursor += 1; continue }
            // `pays non alignés`
            if token.folded == "non", end > index, cursor + 1 < tokens.count, isPlainNoun(tokens[cursor + 1]) {
                end = cursor + 1; cursor += 2; continue
            }
            if token.folded == "et", cursor + 1 < tokens.count {
                if isAdjective(tokens[cursor + 1]) { end = cursor + 1; cursor += 2; continue }
                // `… de l’Économie et de la Planification`, `… des sports et des loisirs`
                if sawComplement, let next = complementEnd(at: cursor + 1, loose: looseComplements, inList: !lastWasPlain) {
                    end = next; sawName = true; cursor = next + 1; continue
                }
                break
            }
            if let next = complementEnd(at: cursor, loose: looseComplements) {
                // (`Office de secours et de travaux`: a lower-case complement may be paired.)
                lastWasPlain = !tokens[next].isCapitalized && !Lexicon.domainNouns.contains(tokens[next].folded)
                end = next; sawName = true; sawComplement = true; cursor = next + 1; continue
            }
            break
        }
        // Trailing adjectives are kept only after a name part (`Fonds monétaire international`).
        if !sawName {
            return end > index && tokens[index].isCapitalized && end - index <= 3 ? end : nil
        }
        return end
    }

    /// A complement of an institution's name starting with `de`/`des`/`du`/`d’` at `index`
    /// (`de Cuba`, `de la Santé`, `d’athlétisme`, `du nouveau cinéma`): the index of its noun,
    /// or nil. Another institution (`et de l’Université …`) is not a complement.
    private func complementEnd(at index: Int, loose: Bool, inList: Bool = false) -> Int? {
        guard index < tokens.count, tokens[index].isWord else { return nil }
        var look = index
        if ["de", "des", "du", "d"].contains(tokens[index].folded) {
            look += 1
            if look < tokens.count, tokens[look].folded == "la" || tokens[look].folded == "l" { look += 1 }
        } else if !elidedDe(tokens[index]) {
            // (`et l’AES`, `s’ouvrira`: only an elided `de` opens a complement.)
            return nil
        }
        if look < tokens.count, !tokens[look].isCapitalized, Self.prenominalAdjectives.contains(tokens[look].folded) { look += 1 }
        guard look < tokens.count, tokens[look].isWord else { return nil }
        let noun = tokens[look]
        if Lexicon.organisationHeads.contains(noun.folded) && inList { return nil }
        if noun.isCapitalized || Lexicon.domainNouns.contains(noun.folded) { return look }
        // A list goes on with names or domains only (`… et des représentants` is the sentence's).
        if inList { return nil }
        // `le Conseil de sécurité d’adopter …`: an infinitive is the verb's complement.
        if noun.afterElision && (noun.folded.hasSuffix("er") || noun.folded.hasSuffix("ir")) { return nil }
        return loose && isPlainNoun(noun) ? look : nil
    }

    /// After a complement, whether the list goes on to an `et de …` that closes it (within a few words).
    private func listIsClosed(after index: Int) -> Bool {
        var cursor = index + 1
        while cursor < tokens.count && cursor - index <= 8 {
            let token = tokens[cursor]
            if token.folded == "et" { return true }
            if !token.isWord && token.symbol != "," { return false }
            cursor += 1
        }
        return false
    }

    /// A lower-case common noun that may stand in a name's complement (`sports`, `baseball`).
    private func isPlainNoun(_ token: NameToken) -> Bool {
        guard token.isWord, !token.isCapitalized, token.length >= 3, let first = token.folded.utf8.first,
              first >= 0x61 && first <= 0x7A else { return false }
        return !StopWords.contains(folded: token.folded) && !Self.notAdjectives.contains(token.folded)
            && !Self.notInNames.contains(token.folded)
    }

    /// `Baptisé Guamá, …`: a capitalised past participle at a sentence start, before another
    /// capitalised word.
    private func isOpeningParticiple(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.sentenceStart, !token.isAcronym, token.length >= 5, index + 1 < tokens.count,
              tokens[index + 1].isWord, tokens[index + 1].isCapitalized else { return false }
        let word = token.folded
        guard word.hasSuffix("e") || word.hasSuffix("es") || word.hasSuffix("ee") || word.hasSuffix("ees") else { return false }
        // The fold drops the accent: look at the written word for `é`.
        let written = String(decoding: utf8[token.utf8], as: UTF8.self)
        guard written.hasSuffix("é") || written.hasSuffix("ée") || written.hasSuffix("és") || written.hasSuffix("ées") else { return false }
        return !Lexicon.givenNames.contains(word) && !Lexicon.places.contains(word)
    }

    /// `la paroisse de Saint Thomas`: `Saint` written with a capital inside a sentence and
    /// another capitalised word is a place (a saint is written `saint Thomas` in French).
    private func saintPlace(at index: Int) -> (Candidate, Int)? {
        let token = tokens[index]
        guard !token.sentenceStart, token.folded == "saint" || token.folded == "sainte", index + 1 < tokens.count,
              tokens[index + 1].isWord, tokens[index + 1].isCapitalized, !Lexicon.notNames.contains(tokens[index + 1].folded)
        else { return nil }
        return (makeCandidate(index, index + 1, type: .place), index + 2)
    }

    /// After `et` at `index`, past lower-case `de`/`du`/`la`…, a capitalised `La`/`Le`/`Les`.
    private func startsAnotherName(after index: Int) -> Bool {
        var cursor = index + 1
        while cursor < tokens.count, tokens[cursor].isWord, !tokens[cursor].isCapitalized,
              ["de", "du", "des", "d", "la", "le", "l"].contains(tokens[cursor].folded) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].isWord, tokens[cursor].isCapitalized else { return false }
        return Self.nameArticles.contains(tokens[cursor].folded) || tokens[cursor].folded == "les"
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
    private func parenthesisFollows(_ end: Int) -> Bool {
        var cursor = end + 2
        let limit = min(tokens.count - 2, end + 12)
        while cursor <= limit {
            if tokens[cursor].symbol == "(" { return true }
            cursor += 1
        }
        return false
    }

    /// A capitalised word that may be a name's short form in parentheses (`Parti … (Libre)`).
    private func isAliasWord(_ token: NameToken) -> Bool {
        token.isWord && token.isCapitalized && !token.isRomanNumeral && !token.afterElision
            && !Lexicon.places.contains(token.folded) && !Lexicon.notNames.contains(token.folded)
    }

    /// A four-digit year from 1900 to 2099.
    private func isYear(_ token: NameToken) -> Bool {
        let bytes = token.folded.utf8
        guard token.isWord, bytes.count == 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return token.folded.hasPrefix("19") || token.folded.hasPrefix("20")
    }

    /// Words that never stand inside a name: an expansion does not cross them.
    static let notInNames: WordSet = ["a", "au", "aux", "est", "sont", "un", "une", "qui", "que", "dont", "ont", "ete",
        "avec", "par", "sa", "son", "ses", "leur", "ce", "cette", "ces", "il", "elle", "ils", "elles", "se", "sera", "seront",
        "aupres", "lors", "entre", "contre", "chez", "apres", "avant", "depuis", "pendant", "selon"]
    static let worldWords: WordSet = ["mondial", "mondiale", "nations", "international", "internationale"]
    /// Nouns of protected areas, which are places.
    static let areaNouns: WordSet = ["parc", "parcs", "reserve", "jardin"]
    static let compassPoints: WordSet = ["nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"]
    /// Adjectives written before the noun in a complement (`du nouveau cinéma`).
    static let prenominalAdjectives: WordSet = ["nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "grand", "grande",
        "grands", "grandes", "haut", "haute", "hautes", "hauts", "petit", "petite", "petites", "petits", "jeune", "jeunes"]

    static let nameArticles: WordSet = ["la", "le", "las", "los", "el"]
    /// Heads of bodies that French writes in lower case (`tribunal`, `préfecture`).
    static let lowerCaseHeads: WordSet = ["tribunal", "prefecture", "universite", "mairie", "parquet"]
    static let surnameParticles: WordSet = ["le", "la", "de", "du", "di", "da", "van", "von", "del"]
    static let adjectiveEndings = ["al", "ale", "ales", "aux", "ique", "iques", "aire", "aires", "ien", "ienne", "iens", "iennes",
        "ain", "aine", "ains", "aines", "el", "elle", "els", "elles", "if", "ive", "ifs", "ives", "ais", "aise", "aises", "ois",
        "oise", "oises", "ee", "ees", "ile", "iles", "ere", "eres", "ier", "iere", "ieres", "iers", "ieur", "ieure", "ieurs", "ieures", "een",
        "eenne", "eens", "eennes", "ol", "ole", "ols", "oles"]
    static let notAdjectives: WordSet = ["pour", "dans", "avec", "contre", "selon", "entre", "depuis", "sans", "sous", "vers",
        "chez", "apres", "avant", "lors", "afin", "ainsi", "aussi", "comme", "mais", "leurs", "cette", "elle", "elles", "etre",
        "avoir", "plus", "tres", "bien", "tout", "toute", "toutes", "tous", "encore", "deja", "meme", "autres", "autre"]
    static let demonymEndings = ["ains", "aines", "iens", "iennes", "ais", "aises", "ois", "oises", "ens", "ennes", "ols", "oles",
        "ands", "andes", "ins", "ines", "ites", "ain", "aine", "ien", "ienne", "aise", "oise"]
    /// `Congrès national`, `Sénat fédéral`: adjectives that a known institution's name takes.
    static let relationalEndings = ["al", "ale", "aux", "ales"]
    static let singularDemonymEndings = ["ain", "aine", "ien", "ienne", "ais", "aise", "ois", "oise", "en", "enne", "ol", "ole",
        "and", "ande", "in", "ine", "ite", "ique"]
    static let determiners: WordSet = ["les", "des", "aux", "ces", "nos", "leurs", "un", "une", "le", "la", "deux", "trois"]
    static let pluralDeterminers: WordSet = ["les", "des", "aux", "ces", "nos", "leurs", "deux", "trois", "plusieurs"]

    /// Lower-case adjectives that belong inside institution names (`monétaire`, `russo-cubaine`).
    func isAdjective(_ token: NameToken) -> Bool {
        guard !token.isCapitalized, token.length >= 4, !StopWords.contains(folded: token.folded) else { return false }
        let folded = token.folded.replacingHyphens()
        if Lexicon.domainNouns.contains(token.folded) || Self.notAdjectives.contains(folded) { return false }
        return (Self.adjectiveEndings.contains { folded.hasSuffix($0) } && !folded.hasSuffix("ment"))
            || Lexicon.nationalityAdjectives.contains(folded)
    }

    // MARK: Building

    private func makeCandidate(_ start: Int, _ end: Int, type: EntityType?) -> Candidate {
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
        let folded = onlyWords ? tokens[start...end].map(\.folded).joined(separator: " ") : TextFolding.foldName(surface)
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
