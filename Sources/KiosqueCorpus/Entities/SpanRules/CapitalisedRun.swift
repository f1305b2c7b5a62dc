extension SpanFinder {
    /// The last token of the run of capitalised words from `start`, with name connectors
    /// (`de`, `del`, `y`, `de la`…) inside: `San Antonio de los Baños`, `Marine Le Pen`.
    /// `Gerald R. Ford`, `barrage Francisco I. Madero`: a capital letter after a given name, its
    /// full stop glued to it and a capitalised word after: an initial inside the name, not a
    /// sentence's end.
    func isInitialBeforeSurname(at index: Int) -> Bool {
        guard index >= 1, index + 2 < tokens.count else { return false }
        let initial = tokens[index], dot = tokens[index + 1], surname = tokens[index + 2]
        return initial.isWord && initial.length == 1 && initial.isCapitalized && tokens[index - 1].isGivenName
            && dot.symbol == "." && dot.utf8.lowerBound == initial.utf8.upperBound
            && surname.isWord && surname.isCapitalized && !surname.afterElision && !surname.has(.stopWords) && !surname.has(.notNames)
    }

    func capitalisedRunEnd(from start: Int) -> Int {
        // The cursor stands on the run's last token so far.
        var last = TokenCursor(tokens, at: start)
        let first = tokens[start]
        while true {
            // `Marine Le Pen`-like: a capitalised particle after a given name opens the surname.
            if last.index == start, let particle = last.peek(1), let surname = last.peek(2), particle.isCapitalized,
               particle.length <= 3, particle.has(.surnameParticles), surname.isWord, surname.isCapitalized,
               !surname.afterElision,
               first.isGivenName || opensArticleSurname(first: first, particle: particle) {
                last.advance(by: 2)
                continue
            }
            // (`Genera PR`: a title's abbreviation in capitals, `PR`, `DR`, is an acronym. `Funic SA`:
            // a legal form in capitals ends the company's name, though `sa` is a French word.)
            // (`Hydrô Réunion`, `Région Réunion`: inside a sentence, after a name's word, `Réunion` is the
            // island's, no meeting.)
            if let next = last.peek(1), next.isWord, next.isCapitalized, !next.afterElision,
               !next.has(.titles) || next.isAcronym,
               !next.has(.notNames) || next.isAcronym && Lexicon.legalForms.contains(next.folded)
                || (!next.sentenceStart && next.length == 7 && next.folded == "reunion") {
                last.advance()
                continue
            }
            // (`Université St. George’s`: an abbreviated saint and its full stop go on with the name.)
            if isAbbreviatedSaint(at: last.index + 1) {
                last.advance(by: 3)
                continue
            }
            if last.index > start, isInitialBeforeSurname(at: last.index) {
                last.advance(by: 2)
                continue
            }
            if last.isCommonWordBetweenNames(1) {
                last.advance(by: 2)
                continue
            }
            // (`Verkor Innovation Centre`, `Vorla Space Center`: an English-placed `Centre` ends the
            // name it follows, unless that is a town's: `Lyon Centre` is a district.)
            if let next = last.peek(1), next.isWord, next.isCapitalized, !next.afterElision, !next.sentenceStart,
               next.length == 6, next.folded == "centre" || next.folded == "center",
               last.index > start || !Lexicon.cities.contains(first), !tokens[last.index].has(.places),
               !Lexicon.cities.contains(tokens[last.index]), !tokens[last.index].has(.organisationHeads) {
                last.advance()
                continue
            }
            // (`Kingston Public General Hospital`, `General Motors`: an English `General` before a
            // body's word is no title.)
            if let next = last.peek(1), next.isWord, next.isCapitalized, next.length == 7, next.folded == "general",
               let body = last.peek(2), body.isWord, body.isCapitalized, body.has(.organisationWords) {
                last.advance(by: 2)
                continue
            }
            // (`Archivo General de Indias`, `Hospital General de Agudos`: a Spanish `General`, written
            // without the French accent, before `de` and a capital is the name's adjective.)
            if let next = last.peek(1), next.isWord, next.isCapitalized, next.length == 7, next.utf8.count == 7,
               next.folded == "general", last.word(2, in: Self.spanishDe),
               last.lookahead(3, { $0.isWord && ($0.isCapitalized || $0.folded == "la") }) {
                last.advance()
                continue
            }
            // `Région Grand Est`, `Région Sud`: a capitalised compass point inside a sentence ends a
            // region's name after `Grand` or a territorial noun (elsewhere it is a name of its own).
            if let next = last.peek(1), next.isWord, next.isCapitalized, !next.afterElision, !next.sentenceStart,
               next.has(.compassPoints),
               tokens[last.index].has(.grandWords)
                || (last.index == start && first.has(.territorialBodyHeads)) {
                last.advance()
                continue
            }
            // `Jeolla du Nord`, `Kordofan de l’Ouest`: a compass point after one unknown word ends a
            // region's name (known ones, `Corée du Sud`, are the gazetteer's).
            if last.index == start, !first.has(.organisationHeads), !first.isGivenName, !first.isAcronym, !first.has(.notNames),
               let link = last.peek(1), let point = last.peek(2), link.isWord, link.length == 2, point.isWord, point.isCapitalized,
               point.has(.compassPoints),
               link.folded == "du" && !point.afterElision || link.folded == "de" && point.afterElision && !elidedDe(point) {
                last.advance(by: 2)
                continue
            }
            // `Val d’Aran`, `Air Côte d’Ivoire`, `Valéry Giscard d’Estaing`: an elided `d’` before a
            // capitalised word goes on with the name, unless a person's (`Lens d’Antoine Kombouaré`),
            // an acronym's or a known city's (`Golden Spike d’Ostrava`: the event and its city).
            // (`Skyrizi d’AbbVie`: an inner capital is a company's, another name. `Ville d’Orvane`: a
            // territorial authority's city is its own. `Marie d’Espagne`: after a given name, a known
            // place is where the person comes from.)
            // (`MRC d’Abitibi`: an acronym of a kind of body takes its territory, as `CHU de Lille`.)
            let bodyKind = last.index == start && first.isAcronym && Lexicon.bodyKindAcronyms.contains(first)
            if let name = last.peek(1), name.isWord, name.isCapitalized, name.afterElision, !name.isAcronym, !name.hasInnerCapital,
               // (`Montagne d’Ambre`: a given name with no surname after it is a place's word.)
               !first.isAcronym || bodyKind, elidedDe(name), !(name.isGivenName && last.isCapitalised(2)),
               !(first.isGivenName && name.has(.places)),
               !name.has(.notNames),
               !Lexicon.cities.contains(name) || (last.index == start && first.has(.territorialBodyHeads)) || bodyKind
                || (last.index == start && isPluralNicknameAfterArticle(at: start)) {
                last.advance()
                continue
            }
            // (`Premier12 de la Confédération …`: an institution after a connector is another name.)
            // (`Consolación del Sur`: after Spanish `del`, `Sur` is the south, no French preposition.)
            if let connector = last.peek(1), let name = last.peek(2), connector.isWord, connector.has(.connectors),
               name.isWord, name.isCapitalized, !name.has(.notNames) || (connector.folded == "del" && name.folded == "sur"),
               name.length < 4 || !name.has(.organisationHeads),
               // (`Rafale de l’Inde`, `LEAP de CFM`: a known place after `de l’`, or an acronym, is another name.)
               !name.isAcronym, !(name.afterElision && name.has(.places)),
               // (`ESRF de Grenoble`, `CES de Las Vegas`: after an acronym, a known place is where it
               // is; `CHU de Lille`, an acronym of a kind of body, takes its town.)
               !(tokens[last.index].isAcronym && !Lexicon.bodyKindAcronyms.contains(tokens[last.index])
                 && (name.has(.places) || Lexicon.cities.contains(name) || name.has(.placeFirstWords))),
               // (`Mouratoglou Academy de Biot`, `Seafood Expo Global de Barcelone`: a name in English takes
               // no French `de`; a town after it is where it is.)
               // (`Southern Regional Hospital de Dangriga`, `Berklee College of Music de …`: after a name
               // plainly English, a town no list knows too.)
               // (`Dirección Provincial de Salud`: after a body's head in another language, a word the
               // city list holds but the gazetteer does not is no town; `Teatro Real de Madrid` keeps its city apart.)
               connector.folded != "de" || !(Lexicon.cities.contains(name) || name.has(.places)) || !isEnglishName(from: start, to: last.index)
                || (!name.has(.places) && first.has(.organisationWords) && !Lexicon.englishWords.contains(first)),
               connector.folded != "de" || !isPlainlyEnglishName(from: start, to: last.index),
               // (`Les Engagés de Maxime Prévot`: `de` and a given name and surname is someone's;
               // after a person's given name and surname it is a Spanish surname's, `Ponce de León Brizuela`;
               // after a Spanish body's head, the field it serves, `Ministerio de Salud Pública`.)
               !(connector.folded == "de" && name.isGivenName && last.isCapitalised(3) && !continuesSpanishSurname(from: start, at: last.index)
                 && !(first.has(.organisationWords) && Lexicon.iberianFieldWords.contains(name))) {
                last.advance(by: 2)
                continue
            }
            // `Apolline de La Varende`: after a given name (or a word no list knows), `de` and a capitalised
            // article open the surname.
            if last.index == start, first.isGivenName || !first.isAcronym && !Lexicon.isCommonNoun(first) && !first.has(.places),
               let connector = last.peek(1), let article = last.peek(2), let name = last.peek(3),
               connector.isWord, connector.folded == "de", article.isWord, article.isCapitalized, article.has(.nameArticles),
               name.isWord, name.isCapitalized, !name.afterElision, !name.has(.notNames), !name.has(.places) {
                last.advance(by: 3)
                continue
            }
            // `Dar es Salaam`: a short lower-case word that no list calls a connector goes on with a
            // known city's name it is inside.
            if let link = last.peek(1), let name = last.peek(2), link.isWord, !link.isCapitalized, link.length <= 3,
               !link.has(.connectors), name.isWord, name.isCapitalized, !name.afterElision,
               Lexicon.cities.contains(NameToken.joinedFolds(tokens[start...(last.index + 2)])) {
                last.advance(by: 2)
                continue
            }
            // Two connectors in a row: `de la`, `de los` (`San Antonio de los Baños`).
            // (`Estadio Latinoamericano de La Havane`: a capitalised article starts another name.)
            if let connector = last.peek(1), let second = last.peek(2), let name = last.peek(3), connector.isWord, second.isWord,
               !second.isCapitalized, connector.has(.connectors),
               second.has(.connectors) || (connector.folded == "de" && second.folded == "la"),
               name.isCapitalized, !name.has(.notNames),
               name.length < 4 || !name.has(.organisationHeads) {
                last.advance(by: 3)
                continue
            }
            return last.index
        }
    }

    /// Whether the run from `start` to `last` is a given name and one surname, so that `de` and
    /// a capitalised pair after it are more of the surname (`María Ponce de León Brizuela`), not
    /// another person (`Les Engagés de Maxime Prévot`).
    private func continuesSpanishSurname(from start: Int, at last: Int) -> Bool {
        guard last == start + 1 else { return false }
        let given = tokens[start], surname = tokens[last]
        return (given.isGivenName || !Lexicon.isCommonNoun(given)) && !given.has(.stopWords) && !given.has(.nameArticles)
            && !given.has(.organisationWords) && !given.isAcronym
            && !surname.has(.organisationWords) && !surname.isGivenName && !surname.isAcronym
    }

    /// An English word of bodies' names that French does not use (`Academy`, `Foundation`, not `Club`).
    private func isEnglishBodyWord(_ token: NameToken) -> Bool {
        token.has(.organisationWords) && Lexicon.englishWords.contains(token) && !Lexicon.commonWords.contains(token)
    }

    /// (Set literals at a call build their tables at every call.)
    private static let spanishDe: WordSet = ["de", "del"], pluralArticles: WordSet = ["les", "aux"]

    /// `les Ducs d’Angers`, `aux Gothiques d’Amiens`: a plural word after a definite plural article, the
    /// nickname a team takes before its town. (`Les Contes d’Hoffmann`: a capital article opens a title, and
    /// `des Contes d’Hoffmann` holds an indefinite one.)
    func isPluralNicknameAfterArticle(at start: Int) -> Bool {
        let word = tokens[start]
        guard start > 0, word.length >= 4, !word.isAcronym, !word.afterElision, word.folded.hasSuffix("s") || word.folded.hasSuffix("x"),
              !word.has(.places), !word.isGivenName, !word.has(.notNames) else { return false }
        return TokenCursor(tokens, at: start).word(-1, in: Self.pluralArticles) && !tokens[start - 1].isCapitalized
    }

    /// `Southern Regional Hospital de Dangriga`: a word after the French `de` that follows a name
    /// plainly built in English is the town where that body is (the run stops before `de`).
    func isTownOfEnglishName(at start: Int) -> Bool {
        guard start >= 3, !tokens[start].afterElision, tokens[start - 1].isWord, tokens[start - 1].folded == "de",
              tokens[start - 2].isWord, tokens[start - 2].isCapitalized else { return false }
        var first = start - 2
        while first > 0, tokens[first - 1].isWord, tokens[first - 1].isCapitalized || tokens[first - 1].has(.connectors) { first -= 1 }
        return isPlainlyEnglishName(from: first, to: start - 2)
    }

    /// A name of two words or more that ends with an English body's word (`… Regional Hospital`)
    /// or holds `of` (`American Museum of Natural History`): Spanish and French names put
    /// their head first (`Hospital General de …`).
    private func isPlainlyEnglishName(from start: Int, to last: Int) -> Bool {
        guard last > start else { return false }
        if isEnglishBodyWord(tokens[last]) { return true }
        return tokens[start...last].contains { $0.isWord && !$0.isCapitalized && $0.length == 2 && $0.folded == "of" }
    }

    /// Whether the name from `start` to `last` is built in English: it ends with an English body's
    /// word, or (two words or more) with any English word French does not use, `Seafood Expo
    /// Global`. (`Stadium de Toulouse`: an English word first is a French name's head.)
    /// (`Secretaría de Desarrollo Rural`, `Museo Nacional de Historia Natural`: a Spanish `de`
    /// inside says the last word is Spanish, whatever English spells alike; their town goes on.)
    private func isEnglishName(from start: Int, to last: Int) -> Bool {
        if isEnglishBodyWord(tokens[last]) { return true }
        guard last > start, !tokens[start...last].contains(where: { $0.isWord && !$0.isCapitalized && Self.spanishDe.contains($0) }) else {
            return false
        }
        return Lexicon.englishWords.contains(tokens[last]) && !Lexicon.commonWords.contains(tokens[last])
    }
}

extension TokenCursor {
    /// `Centre Premier Tech`, `Médecins Sans Frontières`: whether the word `offset` on is a
    /// capitalised word the lists keep from names (`Premier`, `Sans`; no other title), inside a
    /// sentence and before a name's word, so that it belongs to the name.
    func isCommonWordBetweenNames(_ offset: Int) -> Bool {
        lookahead(offset) { $0.isWord && $0.isCapitalized && !$0.afterElision && !$0.sentenceStart && $0.has(.notNames)
            && (!$0.has(.titles) || $0.folded == "premier") }
            && lookahead(offset + 1) { $0.isWord && $0.isCapitalized && !$0.afterElision && !$0.has(.notNames) }
    }
}
