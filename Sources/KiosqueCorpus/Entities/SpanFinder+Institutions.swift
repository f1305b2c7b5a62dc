import KiosqueText

/// Where institutions' names end: heads with adjectives and `de …` complements, and
/// expansions written out before their acronym in parentheses.
extension SpanFinder {
    /// When an organisation's name continues in lower case up to an acronym in parentheses
    /// (`Institut cubain de l’art et de l’industrie cinématographiques (ICAIC)`), the last
    /// token before the parenthesis: the parenthesis says where the expansion ends.
    func expansionEnd(after end: Int) -> Int? {
        var cursor = end + 1
        while cursor < tokens.count && cursor - end <= 12 {
            let token = tokens[cursor]
            // `prix Casa de las Américas à un essai consacré à la Fondation … (FNCL)`: the
            // expansion is the later name, not a stretch across a verb's complements.
            if token.isWord && token.has(.notInNames) {
                // `… pour la stabilisation au Mali (MINUSMA)`: a place right before the parenthesis.
                guard token.folded == "au" || token.folded == "aux", cursor + 2 < tokens.count,
                      tokens[cursor + 1].isCapitalized, tokens[cursor + 2].symbol == "(" else { return nil }
            }
            // `… non alignés et auprès de la Communauté … (SADC)`: the acronym is another institution's.
            if token.isWord && token.isCapitalized && token.has(.organisationHeads) { return nil }
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

    /// For an institution head at `index`: the last token of its name, or nil when nothing
    /// capitalised or institutional follows (then it is just a common noun). Complements may
    /// be lower case (`Université des sciences médicales de La Havane`, `Fédération cubaine de
    /// baseball`), listed (`ministère de l’Économie, de la Science et de l’Innovation`) or
    /// negated (`Mouvement des pays non alignés`).
    func institutionEnd(from index: Int) -> Int? {
        var end = index
        var sawName = false
        var sawComplement = false
        var lastWasPlain = false
        var cursor = index + 1
        // A head opening a sentence with no adjective may be a common noun (`Série de mesures`):
        // its lower-case complements must then be domain nouns.
        // (`L’Autorité de régulation …`: after an elided article, the head's own capital says it is a name's.)
        let looseComplements = !tokens[index].sentenceStart || tokens[index].afterElision
            || (index + 1 < tokens.count && isAdjective(tokens[index + 1]))
        while cursor < tokens.count {
            let token = tokens[cursor]
            guard token.isWord else {
                // `Union Sport & Cycle`: an ampersand between two capitalised words joins them.
                if token.symbol == "&", end == cursor - 1, tokens[end].isCapitalized, cursor + 1 < tokens.count,
                   tokens[cursor + 1].isWord, tokens[cursor + 1].isCapitalized, !tokens[cursor + 1].afterElision {
                    end = cursor + 1; sawName = true; cursor += 2; continue
                }
                // (`Université St. George’s`: the full stop of an abbreviated saint inside the name.)
                if token.symbol == ".", end == cursor - 1, isAbbreviatedSaint(at: end) {
                    end = cursor + 1; sawName = true; cursor += 2; continue
                }
                // A comma inside a list of complements that `et de …` closes.
                if token.symbol == ",", sawComplement, let next = complementEnd(at: cursor + 1, loose: looseComplements, inList: true),
                   listIsClosed(after: next) {
                    end = next; sawName = true; cursor = next + 1; continue
                }
                // (`… d’agriculture urbaine, suburbaine et familiale`: adjectives listed with commas up to `et`.)
                if token.symbol == ",", end == cursor - 1, joinsListedAdjectives(at: cursor), adjectiveListIsClosed(after: cursor + 1) {
                    end = cursor + 1; cursor += 2; continue
                }
                // (`Union des médecins, pharmaciens et dentistes du Kenya`: plural nouns listed without their `de`.)
                if token.symbol == ",", sawComplement, isPluralNoun(tokens[end]), let last = bareNounListEnd(from: cursor + 1) {
                    end = last; cursor = last + 1; continue
                }
                break
            }
            if token.isCapitalized && !token.afterElision {
                // `Commandement Sud des États-Unis`: a compass point right after the head.
                let compass = cursor == index + 1 && token.has(.compassPoints)
                if token.has(.notNames) && !sawName && !token.has(.places) && !compass { break }
                end = cursor; sawName = true; cursor += 1; continue
            }
            if elidedDe(token) && token.isCapitalized {  // `Jeux d’Amérique centrale` (not `et l’AES`)
                end = cursor; sawName = true; sawComplement = true; cursor += 1; continue
            }
            if isAdjective(token) && !isVerbAfterName(at: cursor) && !isSingularVerbAfterPluralNoun(at: cursor) {
                end = cursor; cursor += 1; continue
            }
            // `pays non alignés`
            if token.folded == "non", end > index, cursor + 1 < tokens.count, isPlainNoun(tokens[cursor + 1]) {
                end = cursor + 1; cursor += 2; continue
            }
            if token.folded == "et", cursor + 1 < tokens.count {
                // (`Banque et Caisse d’Épargne …`: two heads joined by `et` without articles head one name.)
                if cursor == index + 1, tokens[cursor + 1].isWord, tokens[cursor + 1].isCapitalized, !tokens[cursor + 1].afterElision,
                   tokens[cursor + 1].has(.organisationHeads) {
                    end = cursor + 1; cursor += 2; continue
                }
                // (`Commission économique et sociale`; not `Fédération … de boxe et considéré comme`,
                // `… et plusieurs médaillés`: a word that goes on in lower case is the sentence's.)
                // (`Université Laurentienne et porte-parole de …`: a title after `et` is the person's second role.)
                // (`… maritimes et portuaires a été …`: an adjective paired with the one before goes on anyway.)
                // (`audiovisuelle et numérique`: paired with one, a field's noun that ends like an adjective is one.)
                let pairedAdjectives = isAdjective(tokens[cursor - 1]) && !isPastParticiple(tokens[cursor + 1])
                let adjective = isAdjective(tokens[cursor + 1]) || (pairedAdjectives && !tokens[cursor + 1].isCapitalized
                    && tokens[cursor + 1].has(.domainNouns) && Lexicon.adjectiveEnding.end(tokens[cursor + 1].folded))
                if adjective && !isVerbAfterName(at: cursor + 1)
                    && (pairedAdjectives || !goesOnInLowerCase(after: cursor + 1)) && !tokens[cursor + 1].has(.titles) {
                    end = cursor + 1; cursor += 2; continue
                }
                // (`ministère des Eaux et Forêts`: a field paired with the complement's field, without article.)
                if sawComplement, end == cursor - 1, tokens[end].isCapitalized, tokens[end].has(.domainNouns),
                   tokens[cursor + 1].isWord, tokens[cursor + 1].isCapitalized, !tokens[cursor + 1].afterElision,
                   tokens[cursor + 1].has(.domainNouns) {
                    end = cursor + 1; cursor += 2; continue
                }
                // (`Charte canadienne des droits et libertés`: a plural noun paired with the complement's.)
                if sawComplement, isPluralNoun(tokens[end]), end == cursor - 1, isPluralNoun(tokens[cursor + 1]),
                   !isVerbAfterName(at: cursor + 1) {
                    end = cursor + 1; cursor += 2; continue
                }
                // `… de l’Économie et de la Planification`, `… des sports et des loisirs`
                if sawComplement, let next = complementEnd(at: cursor + 1, loose: looseComplements, inList: !lastWasPlain, afterAnd: true) {
                    end = next; sawName = true; cursor = next + 1; continue
                }
                break
            }
            // `… de Pinar del Río`: a Romance connector between two capitalised words of a place.
            if end == cursor - 1, tokens[end].isCapitalized, token.length <= 3, Lexicon.placeNameConnectors.contains(token),
               cursor + 1 < tokens.count, tokens[cursor + 1].isWord, tokens[cursor + 1].isCapitalized {
                end = cursor + 1; cursor += 2; continue
            }
            if var next = complementEnd(at: cursor, loose: looseComplements) {
                // (`Office de secours et de travaux`: a lower-case complement may be paired.)
                lastWasPlain = !tokens[next].isCapitalized && !tokens[next].has(.domainNouns)
                if let manner = sportMannerEnd(after: next) { next = manner }
                end = next; sawName = true; sawComplement = true; cursor = next + 1; continue
            }
            break
        }
        // `Institut de recherches sur la canne à sucre (INICA)`: a prepositional complement up to an
        // acronym in parentheses is the end of the name the acronym abbreviates.
        if sawName, let acronymed = prepositionalTailBeforeAcronym(after: end) { end = acronymed }
        if sawComplement, let partner = solidarityPartnerEnd(after: end) { end = partner }
        if sawName, let purpose = unitedNationsPurposeEnd(after: end) { end = purpose }
        if tokens[index].has(.miscHeads), let setting = competitionSettingEnd(after: end) { end = setting }
        // (`Institut de recherches sur le riz`, `Stratégie nationale pour les technologies quantiques`:
        // a field named in lower case goes on with its subject.)
        if !tokens[end].isCapitalized, end > index, Lexicon.subjectHeads.contains(tokens[index]),
           let subject = subjectTailEnd(after: end, observance: Lexicon.observanceNouns.contains(tokens[index])) {
            end = subject; sawName = true
        }
        // `Université du Québec à Chicoutimi`: a university's campus town after `à`.
        if sawName, tokens[end].isCapitalized, Lexicon.campusHeads.contains(tokens[index]), end + 2 < tokens.count,
           tokens[end + 1].isWord, tokens[end + 1].folded == "a", tokens[end + 1].utf8.count == 2,
           tokens[end + 2].isWord, tokens[end + 2].isCapitalized, !tokens[end + 2].afterElision,
           !(end + 3 < tokens.count && tokens[end + 3].isWord && tokens[end + 3].isCapitalized) {
            end += 2
        }
        // `Stratégie énergétique 2050`, `Équipe Gatineau 2029`: a year right after a name is its
        // horizon or edition (prose puts a preposition or a comma before a date).
        // (`Plan quinquennal de logement 2025-2029`: or a span of years.)
        if end > index, end + 1 < tokens.count, isYear(tokens[end + 1]) || isYearSpan(tokens[end + 1]) { end += 1; sawName = true }
        // Trailing adjectives are kept only after a name part (`Fonds monétaire international`).
        // (`Usine fermée, les ouvriers …`: a participle after a head opening a sentence is its predicate.)
        if !sawName {
            // (`Carnaval` alone, as a title: nothing follows the head.)
            let predicate = tokens[index].sentenceStart && !tokens[index].afterElision && index + 1 < tokens.count
                && isPastParticiple(tokens[index + 1])
            return end > index && tokens[index].isCapitalized && end - index <= 3 && !predicate ? end : nil
        }
        return end
    }

    /// `… sur le riz`, `… pour les technologies quantiques`, `… de lutte contre la leishmaniose`: `sur`,
    /// `pour` or `contre`, an article, a lower-case noun and its adjectives, ending the sentence's
    /// clause; the index of the last word, or nil. An observance's subject may follow `à` or `avec`
    /// too (`Journée mondiale de sensibilisation à l’autisme`).
    private func subjectTailEnd(after end: Int, observance: Bool) -> Int? {
        guard end + 2 < tokens.count, tokens[end + 1].isFold(oneOf: ["sur", "pour", "contre"])
            || (observance && tokens[end + 1].isWord && (tokens[end + 1].isPrepositionA || tokens[end + 1].isFold("avec")))
        else { return nil }
        // (`sur l’environnement`: an elided article is inside its noun's token.)
        let noun = tokens[end + 2].afterElision && !elidedDe(tokens[end + 2]) ? end + 2 : end + 3
        guard noun < tokens.count, noun == end + 2 || (tokens[end + 2].isWord && tokens[end + 2].isFold(oneOf: ["le", "la", "les"])),
              tokens[noun].isWord, !tokens[noun].isCapitalized, noun == end + 2 || isPlainNoun(tokens[noun]),
              !tokens[noun].has(.titles) else { return nil }
        var last = noun
        // (`… sur l’environnement et le développement`: a second subject.)
        if last + 3 < tokens.count, tokens[last + 1].isFold("et"), tokens[last + 2].isFold(oneOf: ["le", "la", "les"]),
           isPlainNoun(tokens[last + 3]) { last += 3 }
        // (Its adjectives may be listed: `la coopération commerciale, économique, scientifique et technique`.)
        while last + 1 < tokens.count {
            if isAdjective(tokens[last + 1]), !isVerbAfterName(at: last + 1) { last += 1; continue }
            guard joinsListedAdjectives(at: last + 1) else { break }
            last += 2
        }
        // (`… pour la saison prochaine de …`: a complement going on says the phrase is the sentence's.)
        guard last + 1 < tokens.count, !tokens[last + 1].isWord || !tokens[last + 1].isFold(oneOf: ["de", "des", "du", "d"]) else { return nil }
        return last
    }

    /// Whether the adjectives listed from `index` go on, over commas, to `et` and one more
    /// adjective (`suburbaine et familiale`), so that the list belongs to a name.
    private func adjectiveListIsClosed(after index: Int) -> Bool {
        var link = index + 1
        while link + 1 < tokens.count, link - index <= 8, joinsListedAdjectives(at: link) {
            if tokens[link].isFold("et") { return true }
            link += 2
        }
        return false
    }

    /// `commerciale, économique et technique`: whether the comma or `et` at `link` joins two
    /// adjectives of one list (a participle after it is the sentence's: `…, relancée`).
    func joinsListedAdjectives(at link: Int) -> Bool {
        guard link >= 1, link + 1 < tokens.count, tokens[link].symbol == "," || tokens[link].isFold("et"),
              isAdjective(tokens[link - 1]) else { return false }
        return isAdjective(tokens[link + 1]) && !isPastParticiple(tokens[link + 1]) && !isVerbAfterName(at: link + 1)
    }

    /// `Programme des Nations unies pour le développement`, `Organisation des Nations unies pour
    /// l’alimentation et l’agriculture`: the United Nations' agencies are named by their purpose;
    /// the index of its last noun, or nil.
    private func unitedNationsPurposeEnd(after end: Int) -> Int? {
        guard end >= 1, end + 2 < tokens.count, tokens[end].isFold("unies"), tokens[end - 1].isFold("nations"),
              tokens[end + 1].isFold("pour") else { return nil }
        // A lower-case noun after an optional article (an elided one is inside the noun's token).
        func nounEnd(from index: Int) -> Int? {
            var noun = index
            if noun < tokens.count, tokens[noun].isWord, tokens[noun].isFold(oneOf: ["le", "la", "les"]) { noun += 1 }
            guard noun < tokens.count, tokens[noun].isWord, !tokens[noun].isCapitalized, tokens[noun].length >= 4 else { return nil }
            return noun
        }
        guard var last = nounEnd(from: end + 2) else { return nil }
        if last + 1 < tokens.count, tokens[last + 1].isFold("et"), let second = nounEnd(from: last + 2) { last = second }
        return last
    }

    /// `Mouvement de solidarité avec Cuba`, `Institut d’amitié avec les peuples`: solidarity and
    /// friendship are with someone, inside the name; the index of the partner's last word, or nil.
    private func solidarityPartnerEnd(after end: Int) -> Int? {
        guard end + 2 < tokens.count, tokens[end].isFold(oneOf: ["solidarite", "amitie"]),
              tokens[end + 1].isWord, tokens[end + 1].folded == "avec" else { return nil }
        var cursor = end + 2
        let articled = tokens[cursor].isWord && tokens[cursor].isFold(oneOf: ["le", "la", "les"])
        if articled { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].isWord else { return nil }
        if tokens[cursor].isCapitalized {
            while cursor + 1 < tokens.count, tokens[cursor + 1].isWord, tokens[cursor + 1].isCapitalized, !tokens[cursor + 1].afterElision {
                cursor += 1
            }
            return cursor
        }
        // `avec les peuples`, `avec le peuple palestinien`: an articled noun and its adjective.
        // (`… avec le président`: a title is whom the sentence met, no partner of the name.)
        guard articled, isPlainNoun(tokens[cursor]), !tokens[cursor].has(.titles) else { return nil }
        if cursor + 1 < tokens.count, isAdjective(tokens[cursor + 1]), !isVerbAfterName(at: cursor + 1) { cursor += 1 }
        return cursor
    }

    /// A complement of an institution's name starting with `de`/`des`/`du`/`d’` at `index`
    /// (`de Cuba`, `de la Santé`, `d’athlétisme`, `du nouveau cinéma`): the index of its noun,
    /// or nil. Another institution (`et de l’Université …`) is not a complement.
    /// (`afterAnd`: the complement follows `et`, where a capitalised body's head starts another
    /// body: `Fonds de … et de l’Association …`.)
    func complementEnd(at index: Int, loose: Bool, inList: Bool = false, afterAnd: Bool = false) -> Int? {
        guard index < tokens.count, tokens[index].isWord, !isDes(withGrave: index) else { return nil }
        var look = index
        if ["de", "des", "du", "d"].contains(tokens[index].folded) {
            look += 1
            if look < tokens.count, tokens[look].folded == "la" || tokens[look].folded == "l" { look += 1 }
        } else if !elidedDe(tokens[index]) {
            // (`et l’AES`, `s’ouvrira`: only an elided `de` opens a complement.)
            return nil
        }
        // (`tribunal de première instance de …`: an ordinal before the noun too.)
        if look < tokens.count, !tokens[look].isCapitalized,
           tokens[look].has(.prenominalAdjectives) || tokens[look].isFold(oneOf: ["premiere", "premier"]) { look += 1 }
        guard look < tokens.count, tokens[look].isWord else { return nil }
        let noun = tokens[look]
        // (`ministère de la Santé et des Services sociaux`: services with their adjective are a field.)
        let fieldOfServices = noun.isFold("services") && look + 1 < tokens.count && isAdjective(tokens[look + 1])
        if noun.has(.organisationHeads) && (inList || (afterAnd && noun.isCapitalized)) && !fieldOfServices { return nil }
        // `le Rassemblement national de Jordan Bardella`: a given name and a surname are the
        // body's leader, not its complement.
        // (`de Hong Kong`, `de San Sebastián`: a known place's first word is no given name here.)
        if noun.isCapitalized, !noun.afterElision, noun.isGivenName, Lexicon.gazetteer[noun] == nil, !noun.has(.placeFirstWords),
           look + 1 < tokens.count, tokens[look + 1].isWord, tokens[look + 1].isCapitalized, !tokens[look + 1].has(.places) {
            return nil
        }
        if noun.isCapitalized || noun.has(.domainNouns) { return look }
        // A list goes on with names or domains only (`… et des représentants` is the sentence's).
        if inList { return nil }
        // `le Conseil de sécurité d’adopter …`: an infinitive is the verb's complement.
        if noun.afterElision && (noun.folded.hasSuffix("er") || noun.folded.hasSuffix("ir")) { return nil }
        // (`… forestiers de fermer le site`: nor is an infinitive before its object, no noun the dictionary lists.)
        // (`de prendre des mesures`, `de prendre en charge`: infinitives in `-re` too, before any word.)
        if tokens[index].isFold("de"), noun.folded.hasSuffix("er") || noun.folded.hasSuffix("ir") || noun.folded.hasSuffix("re"),
           !Lexicon.isCommonNoun(noun), look + 1 < tokens.count, tokens[look + 1].isWord, !tokens[look + 1].isCapitalized {
            return nil
        }
        return loose && isPlainNoun(noun) ? look : nil
    }

    /// `dès` (`dès la signature`), which folds like the article `des` but opens a time, never a
    /// complement: its second byte starts the two-byte `è`.
    func isDes(withGrave index: Int) -> Bool {
        let token = tokens[index]
        return token.length == 3 && token.isFold("des") && utf8[token.utf8.lowerBound + 1] == 0xC3
    }

    /// The last word before `(ACRONYM)` when words joined by a preposition (`sur`, `pour`, `en`,
    /// `contre`, `avec`, `à`: `Commission d’accès à l’information (CAI)`) lead there from `end`,
    /// within seven words; nil otherwise.
    private func prepositionalTailBeforeAcronym(after end: Int) -> Int? {
        guard end + 3 < tokens.count, tokens[end + 1].isWord,
              Lexicon.namePrepositions.contains(tokens[end + 1]) || tokens[end + 1].isPrepositionA else { return nil }
        var cursor = end + 2
        while cursor < tokens.count, cursor - end <= 8 {
            let token = tokens[cursor]
            if token.symbol == "(" {
                guard cursor - 1 > end + 1, cursor + 2 < tokens.count, tokens[cursor + 1].isAcronym, tokens[cursor + 2].symbol == ")" else { return nil }
                return cursor - 1
            }
            guard token.isWord else { return nil }
            cursor += 1
        }
        return nil
    }

    /// `Championnats du monde en salle`, `… en petit bassin`, `Coupe du monde sur piste`: where a
    /// competition is held, indoors, in a short pool, on the track, is part of its name; the
    /// index of the setting's last word, or nil.
    func competitionSettingEnd(after index: Int) -> Int? {
        let cursor = TokenCursor(tokens, at: index)
        guard cursor.lookahead(1, { $0.isWord && $0.isFold(oneOf: ["en", "sur"]) }) else { return nil }
        for setting in Lexicon.competitionSettings where index + setting.count < tokens.count {
            let words = tokens[(index + 1)...(index + setting.count)]
            if words.allSatisfy({ $0.isWord && !$0.isCapitalized }), words.map(\.folded) == setting { return index + setting.count }
        }
        return nil
    }

    /// `tir à l’arc`, `saut à la perche`, `course à pied`: a sport named by a noun and `à` with its
    /// manner; the index of the manner's noun, or nil.
    func sportMannerEnd(after index: Int) -> Int? {
        // (`tennis de table`, `hockey sur glace`: a sport and its qualifier.)
        if index + 2 < tokens.count, tokens[index + 2].isWord, !tokens[index + 2].isCapitalized,
           Lexicon.qualifiedSports.contains(NameToken.joinedFolds(tokens[index...(index + 2)])) { return index + 2 }
        guard index + 2 < tokens.count, Lexicon.mannerSports.contains(tokens[index]), tokens[index + 1].isPrepositionA else { return nil }
        var noun = index + 2
        if tokens[noun].isWord, tokens[noun].folded == "la", noun + 1 < tokens.count { noun += 1 }
        guard tokens[noun].isWord, !tokens[noun].isCapitalized, tokens[noun].length >= 3 else { return nil }
        return noun
    }

    /// Whether a lower-case word other than `de`, `des`, `du` follows `index`.
    private func goesOnInLowerCase(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.isWord && !next.isCapitalized && !["de", "des", "du", "d"].contains(next.folded)
    }

    /// After a complement, whether the list goes on to an `et de …` that closes it (within a few words).
    func listIsClosed(after index: Int) -> Bool {
        var cursor = index + 1
        while cursor < tokens.count && cursor - index <= 8 {
            let token = tokens[cursor]
            if token.folded == "et" { return true }
            if !token.isWord && token.symbol != "," { return false }
            cursor += 1
        }
        return false
    }

    /// `pharmaciens et dentistes`, `pharmaciens, infirmiers et dentistes`: plural nouns, commas
    /// between them and `et` before the last, from `index`; the index of the last, or nil.
    private func bareNounListEnd(from index: Int) -> Int? {
        var cursor = index
        while cursor + 2 < tokens.count, isPluralNoun(tokens[cursor]), cursor - index <= 8 {
            if tokens[cursor + 1].symbol == "," { cursor += 2; continue }
            guard tokens[cursor + 1].isFold("et"), isPluralNoun(tokens[cursor + 2]) else { return nil }
            return cursor + 2
        }
        return nil
    }

    /// `… des droits des femmes arrive`: a verb form in the singular right after a plural noun is
    /// no adjective of it (adjectives agree), but the sentence's verb (`arrive` folds like
    /// `arrivé`). (`cour d’assises spéciale`: an adjective that is no verb may agree with the head.)
    func isSingularVerbAfterPluralNoun(at index: Int) -> Bool {
        Lexicon.verbForms.contains(tokens[index]) && index > 0 && !isAdjective(tokens[index - 1]) && isSingularAfterPluralNoun(at: index)
    }

    /// Whether the word at `index` is in the singular right after a lower-case plural noun
    /// (`minéraux encadre`), so that it cannot agree with that noun.
    func isSingularAfterPluralNoun(at index: Int) -> Bool {
        guard index > 0, isPluralNoun(tokens[index - 1]) else { return false }
        let word = tokens[index].folded, plural = tokens[index - 1].folded
        guard !word.hasSuffix("s"), !word.hasSuffix("x") else { return false }
        // (`minéraux`, `métaux`: a plural in `-aux`, whose singular the word list may lack as an English word.)
        return plural.hasSuffix("aux") && plural.utf8.count >= 6 || Lexicon.commonWords.contains(String(plural.dropLast()))
    }

    private func isPluralNoun(_ token: NameToken) -> Bool {
        isPlainNoun(token) && token.length >= 4 && (token.folded.hasSuffix("s") || token.folded.hasSuffix("x"))
    }

    /// A lower-case common noun that may stand in a name's complement (`sports`, `baseball`).
    func isPlainNoun(_ token: NameToken) -> Bool {
        guard token.isWord, !token.isCapitalized, token.length >= 3, let first = token.folded.utf8.first,
              first >= 0x61 && first <= 0x7A else { return false }
        return !token.has(.stopWords) && !token.has(.notAdjectives)
            && !token.has(.notInNames)
    }

    /// After `et` at `index`, past lower-case `de`/`du`/`la`…, a capitalised `La`/`Le`/`Les`.
    func startsAnotherName(after index: Int) -> Bool {
        var cursor = index + 1
        while cursor < tokens.count, tokens[cursor].isWord, !tokens[cursor].isCapitalized,
              ["de", "du", "des", "d", "la", "le", "l"].contains(tokens[cursor].folded) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].isWord, tokens[cursor].isCapitalized else { return false }
        return tokens[cursor].has(.nameArticles) || tokens[cursor].folded == "les"
    }
}

extension Lexicon {
    /// Spanish, Portuguese and Italian connectors inside a place's name (`Pinar del Río`, `Rio do
    /// Sul`), never French words. Source: hand-written, Romance grammar.
    static let placeNameConnectors: WordSet = ["del", "da", "do", "dos", "das", "di"]
}

extension Lexicon {
    /// Heads of bodies and plans named by the subject they work on (`Institut de recherches sur le riz`).
    /// Source: hand-written, French nouns of research and policy bodies and plans.
    static let subjectHeads: WordSet = ["institut", "centre", "laboratoire", "observatoire", "commission", "comite", "agence",
        "strategie", "plan", "programme", "fonds", "conseil", "groupe", "reseau", "mission", "convention", "charte", "pacte",
        "protocole", "journee", "semaine"]
    /// Sports named by a noun and `à` with the manner (`tir à l’arc`, `saut à la perche`, `course à pied`).
    /// Source: hand-written, French names of sports.
    static let mannerSports: WordSet = ["tir", "saut", "course", "pelote", "lancer"]
    /// Sports named by a noun and a qualifier after a preposition, folded and joined.
    /// Source: hand-written, French names of sports.
    static let qualifiedSports: Set<String> = ["tennis de table", "hockey sur glace", "hockey sur gazon", "ski de fond",
        "patinage de vitesse", "saut en longueur", "saut en hauteur", "lancer du poids", "lancer du disque",
        "lancer du marteau", "lancer du javelot", "planche a voile", "char a voile", "balle au tambourin", "course en ligne"]
    /// Where competitions are held, in their names (`Championnats du monde en salle`).
    /// Source: hand-written, French names of athletics, swimming and cycling championships.
    static let competitionSettings: [[String]] = [["en", "salle"], ["en", "petit", "bassin"], ["en", "grand", "bassin"],
        ["en", "eau", "libre"], ["sur", "route"], ["sur", "piste"]]
}
