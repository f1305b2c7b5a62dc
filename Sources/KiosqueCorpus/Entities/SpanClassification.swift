import KiosqueText

/// Classification: the type a name's own words and its context give it (class nouns,
/// titles, prepositions, name shapes), and the weak or unconfirmed cases left to the
/// mention resolver.
extension SpanFinder {
    func classify(_ candidate: inout Candidate, start: Int, end: Int) {
        let first = tokens[start]
        // Most names are one word: the words are filtered (copies of tokens) only for longer ones.
        // (One list for every test below: a one-word list made per test is an allocation each.)
        let wordCount = (start...end).reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
        let words = wordCount >= 2 ? tokens[start...end].filter(\.isWord) : [first]
        let previous = start > 0 ? tokens[start - 1] : nil
        if let previous, previous.has(.stormWords) { candidate.type = .misc; return }
        if wordCount == 1 && isDrugBeforeItsMolecule(end) { candidate.type = .misc; return }
        // `le Dorvex gagnait 0,5 %`: an index of the stock market.
        if isMarketIndex(start: start, end: end) { candidate.type = .misc; return }
        // `face au Brelmont (2-1)`: a team.
        // (`s’est imposé à Brelmont (0-2)`: after `à` (two bytes; the verb `a` has one), where the match was played.)
        // (`la Vénézuélienne Oriana Vardec (15-11)`: a given name and a surname are a player's.)
        if isFollowedByScore(end), !Lexicon.places.contains(candidate.folded),
           !(previous?.isPrepositionA ?? false),
           !(wordCount >= 2 && first.isGivenName && words.allSatisfy(\.isCapitalized)),
           // (`Menées 3 à 5 à la mi-temps, …`: a participle opening its sentence says who trailed.)
           !(wordCount == 1 && first.sentenceStart && (Lexicon.commonWords.contains(first) || isPluralOfCommonWord(first))) {
            candidate.type = .org
            return
        }
        // `l’autoroute A1`: a motorway's code is a road, a place.
        if wordCount == 1, let previous, previous.isWord, previous.length == 9, previous.folded == "autoroute" {
            candidate.type = .place
            return
        }
        // `la RN7`, `sur l’E40`: a road's code.
        if isRoadCode(start: start, end: end) { candidate.type = .place; return }
        // `H3N2`, `H5N1`: a letter after a digit inside an acronym makes a strain's or a model's code.
        if wordCount == 1 && first.isAcronym && Self.hasLetterAfterDigit(first) { candidate.fallbackType = .misc; return }
        // (`BX-7`, `MD-2`: a number after a hyphen makes a model's or a cultivar's code, below.)
        if wordCount == 1 && first.isAcronym && !Self.endsWithNumber(first) && !Self.endsWithNumberPart(first) {
            // (`le réacteur EPR`, `l’instrument SAFE`: a class noun of things makes an acronym MISC.)
            candidate.type = announcedType(before: start) == .misc ? .misc : .org
            return
        }
        // `Starligue`, `EuroLigue`, `WorldTour`: a league or a tour in one word is a competition.
        if wordCount == 1 && Self.isCompetitionCompound(first) { candidate.type = .misc; return }
        // `douze Rafale`: a counted capitalised word is a product, not a name of one thing.
        if wordCount == 1, let previous, previous.isWord, !previous.isCapitalized, isCardinal(previous),
           !Lexicon.demonymEnding.end(first.folded) {
            candidate.fallbackType = .misc
            return
        }

        // `un processeur baptisé Vorlane`, `sa Dravik Mégane`: what is christened or owned is a thing.
        if let kind = thingEvidence(before: start, words: words) {
            candidate.fallbackType = kind
            return
        }
        // `« Le Fleuve gris » (Morel Éditeur)`, `Léo Varnier (Solvane)`: a publisher, a team.
        if isParenthesisedAffiliation(start: start, end: end, wordCount: wordCount) {
            candidate.type = .org
            return
        }
        // `le tome 12 de Lune Verte`: a work.
        if isWorkPartComplement(start: start, words: words) {
            candidate.type = .misc
            return
        }
        // `le festival des Brelofolies de Spa`, `le 59e Mémorial Vardec`: an event.
        if isEventComplement(start: start) || isNumberedEdition(start: start) {
            candidate.type = .misc
            return
        }
        // `Premier12`, `COP30`, `Sat-1`: a word with a number at its end is an event or a product.
        if wordCount == 1 && (Self.endsWithNumber(first) || Self.endsWithNumberPart(first) || Self.mixesDigits(first)) {
            candidate.fallbackType = .misc
            return
        }
        if isNamedVenue(at: start) { candidate.type = .place; return }
        // `Loïs Vardon, 24 ans,`: only people have an age (or a weight class, `(-57 kg)`).
        // (`Leonela, neuf ans,`: a single name too, unless a list knows it as a place.)
        if wordCount >= 2 || (!first.isAcronym && !first.has(.places) && !Lexicon.cities.contains(first)),
           hasAgeAfter(end) || hasWeightClassAfter(end) || hasAgedApposition(end),
           words.first.map({ !$0.has(.organisationFirstWords) }) ?? false {
            candidate.type = .person
            return
        }
        // `Albert II`, `Benoît XVI`: a given name and a regnal number is a sovereign or a pope
        // (`les ventes du Louis XIII`: with an article, a thing named after one).
        if wordCount == 2, first.isGivenName || Lexicon.isCompoundGivenName(first.folded),
           let last = words.last, Self.isRegnalNumber(last), !hasArticleBefore(start) {
            candidate.type = .person
            return
        }
        // `une application, Glaneo Pro, qui …`: a class noun and the name between commas.
        if let announced = classNounInCommaApposition(start: start, end: end) {
            candidate.type = announced
            return
        }
        if wordCount >= 2, isTerritorialAuthority(words) { candidate.type = .org; return }
        if isCitedMedium(start: start, words: words) { candidate.type = .org; return }
        // (`à Los Angeles`: after `à`, a name opening with `Los` is a place, not a band; so it is
        // after a class noun of places: `la municipalité de Los Palacios`.)
        // (`du groupe La Poste`: a class noun of bodies before outweighs the article of places.)
        if wordCount >= 2, isKnownTownAfterPreposition(start: start, end: end) { candidate.type = .place; return }
        if wordCount >= 2, let type = nameShapeType(words),
           !(type == .org && first.has(.organisationFirstWords) && previous?.folded == "a"),
           !(type == .place && first.has(.nameArticles) && announcedType(before: start) == .org),
           // (`le cargo Pico Turquino`: a ship or a product named after a place is a thing.)
           !(type == .place && first.has(.placeFirstWords) && classNounInApposition(before: start) == .misc) {
            let placeByClassNoun = type == .org && first.has(.organisationFirstWords) && announcedType(before: start) == .place
            candidate.type = placeByClassNoun ? .place : type
            return
        }
        // (`Bora Bora`, `Walla Walla`: a word said twice names a place; no one bears one name twice.)
        if wordCount == 2, !first.isAcronym, let last = words.last, last.folded == first.folded {
            candidate.fallbackType = .place
            return
        }
        // (`Mayarí Arriba`, `le Magdalena Medio`: a Spanish word of position after a name makes it a
        // part of a land, even after an article.)
        if wordCount == 2, let last = words.last, last.isCapitalized, Lexicon.spanishPositionWords.contains(last) {
            candidate.fallbackType = .place
            return
        }
        // `Yao Kervenel, maire de …`: a role after the name, when its words say nothing.
        if wordCount >= 2, roleAfter(end, start: start) || isQuotedSpeaker(start: start), !first.has(.organisationFirstWords) {
            candidate.type = .person
            return
        }
        // `la messagerie chiffrée Vrelo KX`, `le gin The Quelm`: a class noun of things right
        // before outweighs what the name's shape says of a body.
        if wordCount >= 2, classNounInApposition(before: start) == .misc { candidate.type = .misc; return }
        if wordCount >= 2, let type = shapeEvidence(words) {
            candidate.type = type
            return
        }
        // `le britannique X`, `filiale de X`: a company.
        if lowercaseNationalityBefore(start) || (wordCount >= 2 && companyContext(before: start)) {
            candidate.fallbackType = .org
            if wordCount >= 2 { candidate.type = .org }
            return
        }
        // `le Cubain Alejo Carpentier`: a full name after a people's singular is a person (a company
        // after one, `le Chinois Huawei`, is mostly one word).
        if wordCount >= 2, let previous, previous.isCapitalized, !previous.isAcronym, start >= 2,
           previous.afterElision || ["le", "la"].contains(tokens[start - 2].folded),
           Lexicon.singularDemonymEnding.end(previous.folded), !previous.has(.places),
           !previous.has(.organisationHeads) {
            candidate.type = .person
            return
        }
        // `Alazanes de Granma`, `Yankees de New York`: a plural nickname and its home town is a team.
        // (`le festival des Brelofolies de Spa`: a class noun of events before says it is none.)
        // (`les Ducs d’Angers`: the town after an elided `d’`.)
        if wordCount >= 3 && first.length >= 5 && first.folded.hasSuffix("s") && start + 1 <= end && ["de", "del"].contains(tokens[start + 1].folded)
            || (wordCount == 2 && start + 1 <= end && elidedDe(tokens[start + 1]) && isPluralNicknameAfterArticle(at: start)),
           announcedType(before: start) != .misc,
           !first.has(.placeFirstWords), !first.has(.places),
           !first.has(.givenNames) {
            candidate.type = .org
            return
        }
        // `The Old Man and the Sea`: an English title with its function words is a work.
        // `The Lancet`-like: an English article before one name is a title of the press.
        if wordCount == 2, first.length == 3, first.folded == "the" { candidate.fallbackType = .org; return }
        if wordCount >= 3, first.length == 3, first.folded == "the", words.contains(where: { !$0.isCapitalized }) {
            candidate.fallbackType = .misc
            return
        }
        // `le groupe Rémy Vorlan`, `l’application Léa Santé`: a class noun of bodies or things
        // right before outweighs a given name (a person's class nouns are titles).
        if wordCount >= 2, let announced = classNounInApposition(before: start), announced != .place {
            candidate.type = announced
            return
        }
        // (`au Haut Atlas`, `le Moyen Orient`: a relief adjective before a word that heads no body
        // names a region; `Haut Conseil`, `Haute Autorité` are bodies.)
        if wordCount == 2, Lexicon.reliefAdjectives.contains(first), let last = words.last, last.isCapitalized,
           !last.has(.organisationHeads), !last.has(.organisationWords), last.classNounType != .org, !last.isAcronym {
            candidate.fallbackType = .place
            return
        }
        // (`la Vieille Havane`, `le Vieux Brelmont`: the old town of a known place is a quarter; `la Petite
        // Camargue`, `la Grande Comore`: a small, great or new one of a name no dictionary knows is a
        // place; `la Grande Guerre`, `la Petite Sirène` are common nouns' names; `le Grand Combin`: so is
        // a great or small one in the masculine, but not of a word in `-s` or `-x`, maybe an invariable
        // noun the list lacks, `Petit Palais`, `Grand Frais`.)
        let sizeOrAge = Lexicon.placeCompoundAdjectives.contains(first.folded)
            || (first.isFold(oneOf: ["grand", "petit"]) && words.count == 2 && words[1].length >= 3
                && !words[1].folded.hasSuffix("s") && !words[1].folded.hasSuffix("x"))
        if wordCount == 2, Lexicon.oldTownAdjectives.contains(first) || sizeOrAge,
           let last = words.last, last.isCapitalized, !last.isAcronym,
           Lexicon.cities.contains(last) || last.has(.places)
            || (sizeOrAge && !Lexicon.isCommonNoun(last) && !last.isGivenName
                && !last.has(.organisationWords) && !Lexicon.englishWords.contains(last))
            // (`Grande Terre`, `la Grande Mosquée`: a great land, island or building is a place too.)
            || (first.isFold(oneOf: ["grande", "petite"]) && Self.sizedPlaceNouns.contains(last)) {
            candidate.fallbackType = .place
            return
        }
        // `du Vlaams Belang`, `l’Atalanta Bergame`: people's names take no article (`à l’Allianz
        // Arena`: a place preposition before it makes a venue).
        // (`ministre des Affaires étrangères`: a portfolio, left to the title rules below.)
        // (`de la Baie Sainte-Marie`: a capitalised noun of places heading the name makes it one.)
        if wordCount >= 2, hasArticleBefore(start), !words.contains(where: { !$0.isCapitalized || $0.has(.domainNouns) }),
           announcedType(before: start) == nil {
            candidate.fallbackType = placePrepositionBeforeArticle(start, orA: true)
                || (first.classNounType == .place && !first.has(.venueNouns) && !Lexicon.companyVenueNouns.contains(first)) ? .place : .org
            return
        }
        // (`à Palma Soriano`: a town of several words that the city list knows, opened by no
        // given name of the hand list.)
        if wordCount >= 2, !first.has(.givenNames), Lexicon.cities.contains(candidate.folded) {
            candidate.fallbackType = .place
            return
        }
        // (A dictionary name before a connector may name a place: `Consolación del Sur`.)
        if wordCount >= 2, first.has(.givenNames) || Lexicon.isCompoundGivenName(first.folded)
            || ((Lexicon.dictionaryGivenNames.contains(first) || Lexicon.isAbdGivenName(first.folded))
                && (words.allSatisfy(\.isCapitalized) || hasParticleSurname(words) || hasSpanishDeSurname(words))) {
            candidate.type = .person
            return
        }
        if let previous, portfolioContext(before: start) {
            // `ministre des Affaires étrangères`: a job title, not a name.
            // (`ministre de la Transition …`: a common noun after a minister's title is a portfolio too.)
            let portfolio = isPortfolioNoun(first)
                || (wordCount == 1 && Lexicon.commonWords.contains(first) && portfolioContext(before: start, ministerOnly: true))
            if portfolio { candidate.type = nil; candidate.isWeak = true; candidate.fallbackType = .misc; _ = previous; return }
        }
        if !first.has(.domainNouns), let announced = announcedType(before: start) {
            candidate.type = announced
            return
        }
        if titleBefore(start) || occupationBefore(start) || titleWithComplementBefore(start) || isKinApposition(start: start, end: end)
            || kinBefore(start)
            || isOccupationInCommaApposition(start: start, end: end)
            || (wordCount >= 2 && isOccupationAppositionAfter(start: start, end: end)) {
            candidate.type = .person
            return
        }
        if wordCount >= 2, let previous, previous.isWord, previous.folded == "a", !isRecipient(at: start), !isAfterLocutionA(at: start, locutions: Lexicon.thanksLocution),
           !isBodyNamedAfterPlace(words), !endsWithBodyHead(words) {
            // `à Los Angeles`, `à Villa Clara`: what follows `à` is a place unless a given name starts it.
            candidate.fallbackType = .place
            return
        }
        if wordCount >= 2, isIslandOfATown(at: start) {
            // (`À Atuona, sur Hiva Oa,`: the island a town stands on, whatever its words look like.)
            candidate.fallbackType = .place
            return
        }
        if wordCount >= 2 {
            // `Bartolomé de las Casas` is rare next to `Cuito de los Baños`-like places: a name
            // with a connector and no known given name is typed by its context, weakly.
            // (`Akli ag Amastane`, `Saïd ben Moussa`: `son of` joins a person's names.)
            // (`Ghar el-Kebir`, `Hadath el-Jebbeh`: so is the Arabic article, after no given name.)
            let connector = words.contains { !$0.isCapitalized && !Self.patronymicConnectors.contains($0) || $0.opensWithArabicArticle }
            candidate.fallbackType = connector ? .place : .person
            // (`Stade Lausanne-Ouchy`, `Racing Vorlac`: a club's head right before its town.)
            if wordCount == 2, ClubDemonymRule.clubHeads.contains(first), let town = words.last,
               Lexicon.cities.contains(town) || town.has(.places) || isPlaceLikeCompound(town) {
                candidate.type = .org
                return
            }
            // `Crédit …`, `Bourse de …`: a common noun heading the name makes it an institution
            // (or a place, for a noun of places: `Vallée de …`).
            if hasCommonWordHead(first), !isRareWordBeforeSurnames(words) {
                // (`Stade de France`, `Parc des Princes`: a venue and its complement is a place.)
                // (`Stade Toulousain`: a venue noun and an adjective is a club.)
                // (`Grand Parc de …`, `Grand Théâtre de …`: after a prenominal adjective, the noun is the head.)
                let head = first.has(.prenominalAdjectives) && words[1].isCapitalized ? words[1] : first
                let venue = head.has(.venueNouns)
                // (`Théâtre de Carouge`, `Théâtre national de …`: a capital makes the theatre its company;
                // `le théâtre Mella` is the building, `NamedFeatureRule`.)
                let company = head.isCapitalized && Lexicon.companyVenueNouns.contains(head)
                // (`Tombeau du Géant`, `Cimetière marin`: a capitalised tomb or burial ground is a site;
                // not a feature noun, for `le tombeau de Vorlan Kester` is someone's.)
                candidate.fallbackType = !company && ((head.classNounType == .place && !venue) || head.has(.featureNouns)
                    || (connector && venue) || Self.burialSiteNouns.contains(head)) ? .place : .org
                return
            }
            // `… France`: a people's name does not end with a place, nor start with one (`Paris …`
            // -like names are bodies); nor hold one before a French common word (`Vorla France
            // Cinéma`; `Inés Valencia Roquel` is someone's).
            // (`Rennes Métropole`, `Vorlac Agglomération`: a known town before a common noun, when the
            // town is no given name.)
            if !connector, let last = words.last, last.has(.places) || first.has(.places)
                || (Lexicon.commonWords.contains(last) && words.dropFirst().contains { $0.has(.places) })
                || (Lexicon.isCommonNoun(last) && Lexicon.cities.contains(first) && !first.isGivenName) {
                candidate.fallbackType = .org
                return
            }
            if !connector, let evidence = twoWordEvidence(words) {
                candidate.fallbackType = evidence
                return
            }
            // `Irish Ferries`, `Veritrade Compliance`: an English common word, no one's given name
            // or surname, in a name that opens with no given name is a company's. (Not with a
            // Spanish accent: `Yoandy Chacón Arias` bears two surnames, one an English plural.)
            // (`Côme Delahaye`: an accented first word is no English one, whatever its fold; after
            // it, `Arte France Cinéma`, a French word that English shares is a body's all the same.)
            let isEnglish = { (word: NameToken) in !word.isGivenName && Lexicon.englishWords.contains(word) }
            if !connector, !first.isGivenName,
               words.dropFirst().contains(where: isEnglish) || (isEnglish(first) && isWrittenInASCII(first)),
               !Self.hasSpanishAccent(candidate.mention.text) {
                candidate.fallbackType = .org
                return
            }
            // (`le directeur général d’Itaipú Binacional`: what a title is of is a body.)
            if !connector, !first.isGivenName, isTitleComplement(at: start) {
                candidate.fallbackType = .org
                return
            }
            // (`la plage de Capu Laurosu`: the `de` complement of a noun of places is one, whatever its words.)
            if !connector, !first.isGivenName, isLocationComplement(at: start) {
                candidate.fallbackType = .place
                return
            }
            if !connector && !words.contains(where: { $0.has(.domainNouns) }) {
                candidate.type = .person
            }
            return
        }
        // One capitalised word.
        if !first.isGivenName, !Lexicon.cities.contains(first), !first.has(.places),
           let announced = classNounInApposition(after: end, start: start) {
            candidate.type = announced
            return
        }
        // `Boulogne-sur-Mer`-like compounds are communes.
        if isCommuneCompound(first) { candidate.fallbackType = .place; return }
        // `Radio-Lyon`-like compounds of a word and a place are organisations.
        if isPlaceCompound(first) { candidate.type = .org; return }
        if isVenueCompound(first) { candidate.fallbackType = .place; return }
        let determiner = previous.map { $0.isWord && ["le", "la", "les", "l"].contains($0.folded) } ?? false
        if isArticledComplement(at: start) {
            // `du Rhin`, `de la Sarine`, `la haute Tarentaise`: a river or a region.
            candidate.fallbackType = .place
        } else if (first.afterElision && !elidedDe(first) || determiner) && isSoldProduct(at: start) {
            // `commercialise déjà le Rezdiffra`, `a lancé la Vardo`: what a firm sells is a product.
            candidate.fallbackType = .misc
            candidate.isGuess = true
        } else if first.afterElision && !(elidedDe(first) && isLocationComplement(at: start)) || determiner {
            // People's names take no article in French; `l’Oriente`, `le Venezuela` are places
            // when a list knows them, and bodies otherwise (`l’Inserm`-like names).
            // (`le Burkina`: the first word of a known place's name; `le Haut-Xingu`-like compounds.)
            let place = Lexicon.cities.contains(first) || hasPlacePart(first)
                || first.has(.placeFirstWordsOfNames) || first.folded.utf8.contains(0x20) || isRegionShaped(first)
                || placePrepositionBeforeArticle(start) || isPlaceNamePart(first) || reliefPrepositionBeforeArticle(start)
                || isRiverSubject(first, after: end) || isSiteComplement(at: start) || isCrossedPlace(at: start)
            // (`les champs d’Askaoun`, `le marchand d’Erfoud`: `d’` is `de`, and the complement of a
            // common noun is where the thing is, as after `de`; a guess, which a firm's other
            // mentions overrule.)
            let complement = !place && elidedDe(first) && !(first.hasInnerCapital && !hasFamilyPrefix(first))
                && (isPlaceComplement(at: start) || isQualifiedPlaceComplement(at: start))
            candidate.fallbackType = place || complement ? .place : .org
            candidate.isGuess = !place
        } else if first.hasInnerCapital && !first.folded.contains(" ") && !hasFamilyPrefix(first) {
            // (`BioCubaFarma`, but not `Jérusalem-Est`: a capital after a hyphen is ordinary.)
            candidate.fallbackType = .org
        } else if let previous, previous.isWord, previous.has(.placePrepositions), !isRecipient(at: start), !isAfterLocutionA(at: start) {
            candidate.fallbackType = .place
        } else if isUpstreamOrOffshore(at: start) {
            // (`en amont de Régina`, `au large de Saül`: a given name is no one's there.)
            candidate.fallbackType = .place
        } else if first.has(.givenNames) || Self.isSpanishSurname(first) {
            // (Only the hand list: alone, a rare given name is as likely a brand.)
            candidate.fallbackType = .person
        } else if isLocatedByApposition(after: end) || isRouteEnd(at: start) || isExtentStart(start: start, end: end)
                    || isBetweenPairStart(start: start, end: end) || isBetweenPairEnd(start: start, end: end) || isIslandOfATown(at: start) || isTownOfEnglishName(at: start)
                    || isLinkedEnd(at: start) {
            candidate.fallbackType = .place
        } else if isSiteComplement(at: start) {
            // `l’usine d’Henniez`, `le siège de Sandweiler`: where the site stands.
            candidate.fallbackType = .place
        } else if companyContext(before: start) || (verbEvidence(after: end) == .firm && !isPlaceComplement(at: start)) {
            // `le PDG de X`, `chez X`, `X a racheté`: a company (`une sucrerie de X a fermé`: not
            // what a noun's complement does).
            candidate.fallbackType = .org
        } else if Lexicon.cities.contains(first) || hasPlacePart(first) || isPlaceLikeCompound(first) || isPlaceNamePart(first) {
            candidate.fallbackType = .place
        } else if isOriginAfterName(start: start, end: end) {
            candidate.fallbackType = .place
            candidate.isGuess = true
        } else if isPlaceComplement(at: start) || isLocationComplement(at: start) || isQualifiedPlaceComplement(at: start) {
            // `la centrale de Vorlac`: where a thing stands.
            candidate.fallbackType = .place
            candidate.isGuess = true
        } else if Lexicon.dictionaryGivenNames.contains(first) && !Lexicon.commonWords.contains(first) {
            // (`Léa`, `Angèle`: a given name alone, that no company evidence came before, is someone's.)
            candidate.fallbackType = .person
        } else {
            // News introduces people by their full name (a later surname joins it, see
            // `MentionResolver`), and places after a preposition (above): an unknown single
            // name on its own is most often a company or another body.
            candidate.fallbackType = .org
            candidate.isGuess = true
        }
        // `le Hezbollah, dirigé par …`: what someone leads is an organisation.
        if isLedBy(after: end) { candidate.fallbackType = .org; candidate.isGuess = false }
        // `ChatGPT, développé par OpenAI`: what someone develops or makes is a product.
        if isMadeBy(after: end) { candidate.fallbackType = .misc; candidate.isGuess = false }
        // (`les Alpes`: a plural that names a range is no people.)
        if isDemonymLike(at: start) && !isPlaceNamePart(first) || first.has(.domainNouns) {
            candidate.isWeak = true
        }
        // (A sentence start is kept without confirmation when its shape or its verb says it is a
        // name: `BioVerda a racheté …`.)
        // (`Getlink, la maison mère …`, `Snap, qui édite …`: nor when a comma follows a word no
        // dictionary knows, as sentence words open with a known one: `Hier,`, `Certes,`.)
        if first.sentenceStart, !(first.hasInnerCapital && !first.folded.contains(" ") && !hasFamilyPrefix(first)),
           verbEvidence(after: end) != .firm, !isFirmPresentVerb(after: end), !isUnknownWordBeforeComma(first, end: end) {
            if !isMarketMove(after: end) {
                candidate.needsConfirmation = true
            } else if wordCount == 1, first.afterElision, !elidedDe(first) {
                // (`L’Oréal a reculé de 0,9 %`: a listed name that opens its sentence after an
                // elided article holds it: no common noun's price moves.)
                keepArticle(of: &candidate, first: first)
            }
        }
    }

    /// The type a multi-word name's own words give it: `Cavalry FC`, `World Boxing`, `Los Van Van`
    /// (organisations), `Grand Chelem de Tachkent` (an event), `Sierra Maestra`, `San Antonio de
    /// los Baños` (places).
    private func nameShapeType(_ words: [NameToken]) -> EntityType? {
        guard let first = words.first else { return nil }
        if Lexicon.places.contains(NameToken.joinedFolds(words)) { return .place }
        // `National League`, `Japan Series`, `Betclic Élite`: a competition's last word (inside a
        // name, `Major League Baseball`, the word is an organisation's).
        if let last = words.last, Lexicon.competitionLastWords.contains(last) { return .misc }
        // (`Journal of Applied Entomology`, `Canadian Journal of Earth Sciences`: an English
        // journal's title is a work, as the sets type it six times of seven.)
        if words.count >= 3, words.dropLast().indices.contains(where: { words[$0].folded == "journal" && words[$0 + 1].folded == "of" }) {
            return .misc
        }
        if words.contains(where: { $0.has(.organisationWords) }) { return .org }
        // (`Los Van Van` is a band, `Los Palacios` a town the city list knows.)
        // (`National Stadium`, `Royal Arena`: an English adjective of bodies before an English place
        // word names the venue.)
        if words.count == 2, Lexicon.englishBodyAdjectives.contains(first), Lexicon.englishPlaceWords.contains(words[1]) { return .place }
        if first.has(.organisationFirstWords) { return Lexicon.cities.contains(NameToken.joinedFolds(words)) ? .place : .org }
        // (`Vermont Center for Ecostudies`, `Doctors for Peace`: what stands for a cause is a body.)
        if words.contains(where: { !$0.isCapitalized && $0.length == 3 && $0.folded == "for" }) { return .org }
        if words.contains(where: { Lexicon.miscWords.contains($0) }) { return .misc }
        if first.has(.placeFirstWords) && !first.has(.givenNames) { return .place }
        // `Coliseo Roberto Clemente`, `Estadio Latinoamericano`: a Spanish or Portuguese venue noun
        // opens a place (museums and theatres are their institutions).
        if Lexicon.iberianVenueNouns.contains(first), !Lexicon.iberianInstitutionVenueNouns.contains(first) { return .place }
        // (`Museo Nacional de Bellas Artes`: a museum, as every `Museo`, `Museu` and `Musée` of the
        // sets, 52 of 52; theatres are split, 17 bodies and 9 buildings.)
        if first.isFold(oneOf: ["museo", "museu"]) { return .org }
        if let last = words.last, Lexicon.iberianNationalityAdjectives.contains(last), !first.isGivenName,
           !first.has(.venueNouns), !Lexicon.iberianVenueNouns.contains(first) { return .org }
        // `le Grand Ouest`, `le Grand Nord`: a compass region.
        if words.count == 2, first.has(.grandWords), words[1].has(.compassPoints) { return .place }
        // `La Farola`, `Le Caire`: people's names take no article.
        if first.has(.nameArticles) { return .place }
        return nil
    }

    /// `Starligue`, `LaLiga`, `WorldTour`: a word glued to `ligue`, `liga` or (after an inner capital) `tour`.
    static func isCompetitionCompound(_ word: NameToken) -> Bool {
        let folded = word.folded
        guard !word.isAcronym, folded.utf8.count >= 6, !folded.contains(" ") else { return false }
        return folded.hasSuffix("ligue") || folded.hasSuffix("liga") || (word.hasInnerCapital && folded.hasSuffix("tour"))
    }

    /// A word no list knows (no French word, verb form, English word or given name), a comma after it.
    private func isUnknownWordBeforeComma(_ word: NameToken, end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end + 1].symbol == ",", word.length >= 3, !word.isAcronym else { return false }
        return !Lexicon.commonWords.contains(word) && !Lexicon.verbForms.contains(word) && !word.isGivenName
            && !Lexicon.englishWords.contains(word) && !word.has(.notNames) && !isPluralOfCommonWord(word)
    }

    /// `Stériles, élevées en Espagne, …`: a plural whose singular the dictionary holds, unless a
    /// list knows the word as a place.
    private func isPluralOfCommonWord(_ word: NameToken) -> Bool {
        !word.has(.places) && !Lexicon.cities.contains(word) && Lexicon.isCommonNoun(word)
    }

    /// Common nouns of lands, waters and buildings that a great or small one names as a place
    /// (`Grande Terre`, `Grande Île`, `Grande Mosquée`; not `Grande Guerre`).
    /// Source: hand-written, French nouns.
    static let sizedPlaceNouns: WordSet = ["terre", "ile", "region", "mosquee", "salle", "cascade", "anse", "riviere",
        "vallee", "plaine", "baie", "foret", "savane", "pointe"]

    /// Civilities written abbreviated (`M.`, `Mme`, `Dr`), never in lower case.
    /// Source: hand-written, French typography.
    static let abbreviatedCivilities: WordSet = ["m", "mme", "mlle", "mgr", "me", "pr", "dr", "dre"]

    /// Tombs and burial grounds, which a capitalised name opens as a site (`Tombeau du Géant`).
    /// Source: hand-written, French nouns.
    static let burialSiteNouns: WordSet = ["tombeau", "tombeaux", "mausolee", "cimetiere", "necropole"]

    /// Arabic, Tuareg and Hassaniya words for `son of` inside a person's name.
    static let patronymicConnectors: WordSet = ["bin", "ben", "ibn", "ag", "ould"]

    /// Whether `text` holds a letter that Spanish accents and French does not (`á`, `í`, `ó`, `ú`, `ñ`).
    static func hasSpanishAccent(_ text: String) -> Bool {
        text.unicodeScalars.contains { "áíóúñÁÍÓÚÑ".unicodeScalars.contains($0) }
    }

    /// `Ivette Armenteros Cobo`, `Adonis Vichot Larduet`: a first word that the dictionary knows but
    /// that heads no body, no place and no thing (a plant's, a myth's name), before two surnames
    /// that no list knows, is a given name the lists lack (`Bureau Veritas`, `Crédit Agricole` have
    /// a body's head or a known word after it; with one word after it, `Orange Belgium`, `Oasis
    /// Rahma` are as often companies).
    private func isRareWordBeforeSurnames(_ words: [NameToken]) -> Bool {
        guard words.count >= 3, let first = words.first, !headsKnownKindsOfNames(first) else { return false }
        return words.dropFirst().allSatisfy { word in
            word.isCapitalized && !word.isAcronym && !word.hasInnerCapital && word.length >= 3
                && !Lexicon.commonWords.contains(word) && !Lexicon.englishWords.contains(word) && !Lexicon.verbForms.contains(word)
                && !word.has(.places) && !Lexicon.cities.contains(word) && !word.has(.organisationWords) && !word.has(.notNames)
        }
    }

    /// Whether a capitalised common word heads names of bodies, places or things.
    private func headsKnownKindsOfNames(_ word: NameToken) -> Bool {
        word.has(.organisationHeads) || word.has(.miscHeads) || word.classNounType != nil || word.has(.venueNouns)
            || word.has(.featureNouns) || word.has(.domainNouns) || word.has(.prenominalAdjectives) || word.has(.organisationFirstWords)
            || word.has(.placeFirstWords) || word.has(.titles) || word.has(.nameArticles) || word.has(.companyOwnerNouns)
    }

    /// `Chávez`, `Rodríguez`: a Spanish patronymic (`-ez` after a consonant or an accented vowel).
    static func isSpanishSurname(_ token: NameToken) -> Bool {
        let word = token.folded
        guard word.utf8.count >= 5, word.hasSuffix("ez"), !word.contains(" ") else { return false }
        // (`Rodez`, `Suez`: a known town's name is no surname.)
        return !Lexicon.places.contains(word) && !Lexicon.cities.contains(token)
    }

    /// A word ending in two or more digits after letters (`COP30`, `Premier12`).
    static func endsWithNumber(_ token: NameToken) -> Bool {
        // (Most words end with a letter: answered before the bytes are copied.)
        guard let last = token.folded.utf8.last, last >= 0x30 && last <= 0x39 else { return false }
        let bytes = Array(token.folded.utf8)
        guard bytes.count >= 3, let first = bytes.first, first >= 0x61 && first <= 0x7A else { return false }
        let digits = bytes.reversed().prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        return digits >= 2 && digits < bytes.count
    }

    /// `H3N2`: a digit followed by a letter, by bytes.
    static func hasLetterAfterDigit(_ token: NameToken) -> Bool {
        let bytes = token.folded.utf8
        return zip(bytes, bytes.dropFirst()).contains { ($0 >= 0x30 && $0 <= 0x39) && ($1 >= 0x61 && $1 <= 0x7A) }
    }

    /// `B737max`-like model names: a word of letters with digits inside, not an acronym.
    static func mixesDigits(_ token: NameToken) -> Bool {
        guard !token.isAcronym, token.length >= 4 else { return false }
        let bytes = token.folded.utf8
        return bytes.contains { $0 >= 0x30 && $0 <= 0x39 } && bytes.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// A hyphenated word whose last part is a number (`Sat-1`): a product's name.
    static func endsWithNumberPart(_ token: NameToken) -> Bool {
        guard let space = token.folded.utf8.lastIndex(of: 0x20) else { return false }
        let tail = token.folded.utf8[token.folded.utf8.index(after: space)...]
        return !tail.isEmpty && tail.count <= 3 && tail.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The type a class noun shortly before gives the name (`le groupe espagnol Iberdrola`,
    /// `du laboratoire japonais Takeda`, `la province de Cagayan`, `le virus Oropouche`,
    /// `près de Stephenville`): only determiners, adjectives and `de` may stand between.
    private func announcedType(before start: Int) -> EntityType? {
        var cursor = start - 1
        var steps = 0
        var crossedComma = false
        // (`le groupe de Shenzhen`: an organisation noun's `de` complement is its seat or owner.)
        var crossedDe = elidedDe(tokens[start])
        while cursor >= 0 && steps < 5 {
            let token = tokens[cursor]
            if token.symbol == "," { cursor -= 1; steps += 1; crossedComma = true; continue }  // `organisations, dont Équiterre`
            // `la présidente du festival, Marisol Cabrera Lugo`: after a comma, only a one-word
            // name takes the class noun's type (a full name is a person's).
            if crossedComma && start + 1 < tokens.count && tokens[start + 1].isWord && tokens[start + 1].isCapitalized { return nil }
            // `les chaînes espagnoles Meliá et Iberostar`: the second name of a pair.
            if token.isFold("et"), cursor > 0, tokens[cursor - 1].isWord, tokens[cursor - 1].isCapitalized {
                cursor -= 2
                while cursor >= 0 && tokens[cursor].isWord && tokens[cursor].isCapitalized { cursor -= 1 }
                steps += 2
                continue
            }
            // `l’ONG britannique Oxfam`
            if token.isAcronym, let type = token.classNounType { return type }
            guard token.isWord, !token.isCapitalized else { return nil }
            // (`un essai de l’historien Yorvan Quelt`: a trade between says whose name it is; `historien`
            // ends like an adjective.)
            if isOccupationNoun(token) { return nil }
            // (`le vaccin Abrysvo, de Vorlan`: a made thing's `de` complement is its maker or author.)
            if let type = classType(of: token) {
                return crossedDe && (type == .org || token.has(.madeThings)) ? nil : type
            }
            // `le groupe de hip-hop Orishas`: a class noun with its own complement.
            // (`les entreprises de livraison de Vorlac`: the name after a second `de` is their seat.)
            if cursor >= 2, tokens[cursor - 1].isFold("de"), let type = tokens[cursor - 2].classNounType {
                return crossedDe && type == .org ? nil : type
            }
            let skippable = token.isFold(oneOf: ["de", "des", "du", "d", "la", "le", "les", "l", "comme", "dont"])
                || isAdjective(token) || token.has(.nationalityAdjectives)
            guard skippable else { return nil }
            if token.length <= 3, token.isFold(oneOf: ["de", "des", "du", "d"]) { crossedDe = true }
            cursor -= 1
            steps += 1
        }
        return nil
    }

    /// `le directeur général d’…`, `la présidente de …`: the name is the `de` complement of a
    /// title, through at most two adjectives.
    private func isTitleComplement(at start: Int) -> Bool {
        var cursor = start - 1
        if !elidedDe(tokens[start]) {
            guard cursor >= 0, tokens[cursor].isWord, tokens[cursor].isFold(oneOf: ["de", "du"]) else { return false }
            cursor -= 1
        }
        var adjectives = 0
        while cursor >= 0, adjectives <= 2, tokens[cursor].isWord, !tokens[cursor].isCapitalized {
            if tokens[cursor].has(.titles) { return true }
            guard isAdjective(tokens[cursor]) || tokens[cursor].has(.nationalityAdjectives) else { return false }
            adjectives += 1
            cursor -= 1
        }
        return false
    }

    /// A title (président, ministre, porte-parole, M.…) shortly before, with only its
    /// complements in between (`le vice-ministre russe des Affaires étrangères, Serguei Riabkov`).
    private func titleBefore(_ start: Int) -> Bool {
        // `le directeur technique des Alazanes`: a title's `de` complement is an institution or a place.
        if elidedDe(tokens[start]) || (start > 0 && tokens[start - 1].length <= 3 && tokens[start - 1].isFold(oneOf: ["de", "des", "du"])) {
            return false
        }
        // (`le président de la Réserve fédérale`: so is `de la`, `de l’`.)
        if start > 1, tokens[start - 2].isFold("de"), tokens[start - 1].isFold(oneOf: ["la", "l"]) { return false }
        var cursor = start - 1
        var steps = 0
        while cursor >= 0 && steps < 8 {
            let token = tokens[cursor]
            // (`50 m. Ma mère …`: an abbreviated civility is written with its capital; `m.` is a metre.)
            if token.isWord && token.has(.titles) && (token.isCapitalized || !Self.abbreviatedCivilities.contains(token)) { return true }
            let allowed = token.symbol == "," || token.symbol == "." && cursor > 0 && tokens[cursor - 1].isFold("m") && tokens[cursor - 1].isCapitalized
                || token.isFold(oneOf: ["de", "des", "du", "la", "l", "d", "et"])
                || (token.isWord && !token.isCapitalized && isAdjective(token))
                || (token.isWord && token.has(.nationalityAdjectives))
                || (token.isWord && token.isCapitalized && token.has(.domainNouns))
                || (token.isWord && token.isFold(oneOf: ["etrangeres", "exterieures", "interieur", "publique", "sociale", "sociales"]))
            if !allowed { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// `Le président du club, Normand Vardec, …`, `la directrice de Vorlac Santé, Ysaline …`: a
    /// name in apposition right after a title and its `de` complement, whatever the complement's
    /// words, is the holder's.
    private func titleWithComplementBefore(_ start: Int) -> Bool {
        guard start >= 4, tokens[start - 1].symbol == "," else { return false }
        // Back over the complement's words to its `de`.
        var cursor = start - 2
        var complementStart = start - 1
        while cursor >= 1 && complementStart - cursor <= 5 {
            let token = tokens[cursor]
            guard token.isWord else { return false }
            if token.isFold(oneOf: ["de", "des", "du"]) || elidedDe(token) {
                // (`ministre de l’Enseignement supérieur et de la Recherche scientifique, …`: a
                // complement joined by `et` to the one before goes back to that one's `de`.)
                guard cursor >= 3, tokens[cursor - 1].isWord, tokens[cursor - 1].isFold("et"), start - cursor <= 12 else { break }
                complementStart = cursor - 1
                cursor -= 2
                continue
            }
            // (`l’ambassadeur de Cuba à Tachkent, …`: where the holder serves, after `à` or `en`.)
            guard token.isFold(oneOf: ["la", "l", "le", "les", "a", "au", "aux", "en"]) || token.isCapitalized || isAdjective(token)
                    || Lexicon.isCommonNoun(token) else { return false }
            cursor -= 1
        }
        // The title right before it, or before one adjective (`le directeur général de …`);
        // `premier` and `première` are titles only before `ministre`.
        var title = cursor - 1
        // (`le maire de …`: a title that ends like an adjective is the title.)
        if title >= 1, tokens[title].isWord, !tokens[title].has(.titles), isAdjective(tokens[title]) { title -= 1 }
        // (`la coordinatrice de la STEA, Hyacinth Ebanks`: a trade of a body names its holder too.)
        guard title >= 0, tokens[title].isWord, !tokens[title].isCapitalized,
              tokens[title].has(.titles) || isOccupationNoun(tokens[title]),
              !tokens[title].isFold(oneOf: ["premier", "premiere"]) else { return false }
        return tokens[cursor].isFold(oneOf: ["de", "des", "du"]) || elidedDe(tokens[cursor])
    }

    /// `ministre (adjective) de/des/du …` right before `start`, through a list of portfolios
    /// (`ministre de l’Économie et de la Planification`). With `ministerOnly`, only a minister's
    /// title counts (`le président de la Réserve fédérale` heads an institution, not a portfolio).
    func portfolioContext(before start: Int, ministerOnly: Bool = false) -> Bool {
        var cursor = start - 1
        // (`ministre des Eaux et Forêts`: the next portfolio of a list, after `et`.)
        guard cursor >= 0, tokens[cursor].isFold(oneOf: ["de", "des", "du", "d", "la", "et"]) || tokens[start].afterElision
        else { return false }
        var steps = 0
        // (Three portfolios with their prepositions and articles take up to fifteen tokens.)
        while cursor >= 0 && steps < 16 {
            let token = tokens[cursor]
            if token.has(.titles) { return holdsPortfolios(token, ministerOnly: ministerOnly) }
            // (`ministre déléguée à la Digitalisation`, `secrétaire d’État chargé des Sports`: a
            // delegated portfolio follows `à`; elsewhere `à` leads to a place, `ministre de la Santé à Cuba`.)
            if token.isFold(oneOf: ["a", "au", "aux"]), cursor >= 1,
               tokens[cursor - 1].isFold(oneOf: ["delegue", "deleguee", "charge", "chargee"]) {
                return (max(0, cursor - 4)..<(cursor - 1)).contains {
                    tokens[$0].has(.titles) && holdsPortfolios(tokens[$0], ministerOnly: ministerOnly)
                }
            }
            let allowed = token.symbol == "," || token.isFold(oneOf: ["de", "des", "du", "d", "la", "l", "et"])
                || (token.isWord && (isPortfolioNoun(token) || isAdjective(token)
                    || token.has(.nationalityAdjectives) || isLowerCaseDemonym(token)))
            if !allowed { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// Whether a title holds portfolios: any title, or with `ministerOnly` a minister's or a secretary's.
    private func holdsPortfolios(_ title: NameToken, ministerOnly: Bool) -> Bool {
        !ministerOnly || title.folded.contains("minist") || title.folded.hasPrefix("secretaire")
    }

    /// A field a minister holds: a domain noun, or a compound ending with one (`Agro-industrie`).
    private func isPortfolioNoun(_ token: NameToken) -> Bool {
        if token.has(.domainNouns) { return true }
        guard let space = token.folded.lastIndex(of: " ") else { return false }
        return Lexicon.domainNouns.contains(String(token.folded[token.folded.index(after: space)...]))
    }

    /// `trinidadien`, `malgache`: a lower-case word with a people's ending, as an adjective of
    /// nationality stands between a minister's title and the portfolio.
    private func isLowerCaseDemonym(_ token: NameToken) -> Bool {
        !token.isCapitalized && Lexicon.singularDemonymEndings.contains { token.folded.hasSuffix($0) }
    }

    /// `…, dirigé par`, `fondée par`, `présidé par` right after `end`.
    private func isLedBy(after end: Int) -> Bool {
        participleBeforePar(after: end).map { Lexicon.leadParticiples.contains($0) } ?? false
    }

    private func isMadeBy(after end: Int) -> Bool {
        participleBeforePar(after: end).map { Lexicon.makingParticiples.contains($0) } ?? false
    }

    /// The word between a name (and a comma) and `par`: `X, dirigé par`, `X développé par`.
    private func participleBeforePar(after end: Int) -> NameToken? {
        var cursor = end + 1
        if cursor < tokens.count, tokens[cursor].symbol == "," { cursor += 1 }
        guard cursor + 1 < tokens.count, tokens[cursor + 1].length == 3, tokens[cursor + 1].isFold("par") else { return nil }
        return tokens[cursor]
    }

    private func isDemonymLike(at start: Int) -> Bool {
        let token = tokens[start], previous = start > 0 ? tokens[start - 1] : nil
        let word = token.folded
        let endings = Lexicon.demonymEndings
        let determiner = previous.map { Lexicon.determiners.contains($0) } ?? false
        let pluralDeterminer = previous.map { Lexicon.pluralDeterminers.contains($0) } ?? false
        // `les Russes`, `des Cubains`: a capitalised plural after a plural determiner is a
        // people, not a name (known plural places were matched by the gazetteer before; a city's
        // or a canton's name is none: `aux Grisons`; `les Anglais` is, whatever town the list
        // knows so: its feminine is a French adjective).
        guard determiner || pluralDeterminer,
              !Lexicon.cities.contains(token) || (word.hasSuffix("s") && Lexicon.commonWords.contains(word + "e"))
        else { return false }
        let peoplesEnding = endings.contains { word.hasSuffix($0) }
        // (`vers les Antilles`, `dans les Vorlilles`: a plural with no people's ending where a
        // place preposition leads to the article is a place's name, as islands and ranges take.)
        if pluralDeterminer, !peoplesEnding, !token.has(.nationalityAdjectives), let previous, previous.folded == "les",
           placePrepositionBeforeArticle(start) {
            return false
        }
        return (determiner && peoplesEnding) || (pluralDeterminer && word.hasSuffix("s"))
    }
}
