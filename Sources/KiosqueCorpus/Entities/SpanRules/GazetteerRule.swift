/// Known names, longest first (up to seven words; they may start with a lower-case article:
/// `la Havane`), unless what follows shows a longer or different name.
enum GazetteerRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let first = cursor.peek() else { return .pass }
        // (The length test first: this runs for every word of the text.)
        guard first.isCapitalized || (first.folded.utf8.count <= 3 && first.has(.nameArticles)),
              let (last, type) = longestKnown(cursor, in: finder) else { return .pass }
        let index = cursor.index, end = index + last
        // Offsets from the known name's last word.
        func after(_ offset: Int) -> NameToken? { cursor.peek(last + offset) }
        func startsName(_ token: NameToken?) -> Bool {
            guard let token else { return false }
            return token.isWord && token.isCapitalized && !token.afterElision && !token.has(.notNames)
                && !token.has(.places)
        }
        // (Capitalised words after the known name that reach a body's word within three.)
        func leadsToBodysWord() -> Bool {
            for offset in 1...3 {
                guard startsName(after(offset)), let word = after(offset) else { return false }
                if word.has(.organisationWords) { return true }
            }
            return false
        }
        // `le Suisse Loïc Meillard`: a country's name that is also its people's, between an article
        // and a given name, is the person's nationality, no place.
        if last == 0, type == .place, let next = after(1), next.isWord, next.isCapitalized, next.isGivenName,
           cursor.word(-1, in: Lexicon.singularArticles) {
            return .none
        }
        // `l’Atlantique Nord`, `le Pacifique Sud`: a known place and a capitalised compass point
        // right after it is a region.
        if type == .place, let point = after(1), point.isWord, point.isCapitalized, !point.afterElision,
           point.has(.compassPoints), !startsName(after(2)) {
            return .name(finder.makeCandidate(index, end + 1, type: .place), next: end + 2)
        }
        // A known single word followed by more capitalised words is the start of a longer
        // name (`Santiago Pérez`, `Delta Airlines`): let the name rules decide.
        // (`Centre Premier Tech`: a capitalised word the lists keep from names, followed by another
        // name's word, goes on with it.)
        if last == 0, startsName(after(1)) || (after(1).map { $0.isWord && $0.isCapitalized && !$0.afterElision && !$0.sentenceStart } ?? false
            && startsName(after(2))) { return .pass }
        // `Paris 2024`, `France 2030`: a known place and a year are an event or a plan (`EditionYearRule`).
        if let year = after(1), finder.isYear(year) { return .pass }
        // `une fusée Falcon 9`: after a thing's class noun, a place's name and a number are a product (`NameWithDigitsRule`).
        if last == 0, finder.numberEnd(after: end) != nil, finder.classNounInApposition(before: index) == .misc { return .pass }
        // `San Pedro Sula`: a known `San …` place followed by another capitalised word is a longer place.
        if last > 0, type == .place, first.has(.placeFirstWords), startsName(after(1)) { return .pass }
        // `Sri Lanka Tea Board`: a known place that capitalised words go on to a body's word names the body.
        if last > 0, type == .place, leadsToBodysWord() { return .pass }
        // `La Terre libre (LTL)`-like: a known place going on in lower case up to an acronym that
        // spells the whole is the acronym's organisation.
        if type == .place, let next = after(1), !next.isCapitalized, finder.parenthesisFollows(end),
           let expansion = finder.expansionEnd(after: end), let acronym = cursor.peek(expansion - index + 2), acronym.isAcronym,
           MentionResolver.spells(acronym.folded, finder.tokens[index...expansion].filter(\.isWord).map(\.folded)) {
            return .name(finder.makeCandidate(index, expansion, type: .org), next: expansion + 1)
        }
        // `Afrique de l’Ouest`, `Europe du Nord`: a known place and a compass point is a region.
        if type == .place, let link = after(1), let point = after(2), point.isCapitalized, link.length == 2,
           link.folded == "du" || (link.folded == "de" && point.afterElision), point.has(.compassPoints) {
            return .name(finder.makeCandidate(index, end + 2, type: .place), next: end + 3)
        }
        // `Le Centre pour le contrôle …`: a common head that is also a place, before `pour`, is an
        // institution whose name the rules cannot delimit, not the place.
        if last == 0, type == .place, let next = after(1), next.length == 4, next.folded == "pour",
           first.has(.organisationHeads), first.has(.notNames) {
            return .pass
        }
        // `Centre national des ouragans`: a known place that is also an institution head and
        // goes on with an adjective and a complement is the institution.
        if last == 0, type == .place, first.has(.organisationHeads),
           let institution = finder.institutionEnd(from: index),
           institution >= index + 3 || (institution == index + 2 && after(1)?.isCapitalized == false && after(2)?.isCapitalized == true)
            // (`Centre d’immunoessai`, `Centre de recherche`: a lower-case complement names a field, no region.)
            || (institution > index && !finder.tokens[institution].isCapitalized && finder.tokens[institution].folded != "pays") {
            return .name(finder.makeCandidate(index, institution, type: .org), next: institution + 1)
        }
        // `Congrès de la Nation`, `Congrès de la République`: a known body's head with a capitalised
        // complement is a longer body's name.
        if last == 0, type == .org, first.has(.organisationHeads), let institution = finder.institutionEnd(from: index),
           institution >= index + 2, finder.tokens[institution].isCapitalized {
            return .name(finder.makeCandidate(index, institution, type: .org), next: institution + 1)
        }
        // `San José de las Lajas`: a known place that goes on with connectors is a longer place.
        if first.has(.placeFirstWords), let link = after(1), let next = after(2),
           link.has(.connectors),
           next.isCapitalized || (after(3)?.isCapitalized == true && next.has(.connectors)) {
            return .pass
        }
        // A known organisation with a nationality adjective: `Croix-Rouge cubaine`.
        if type == .org, !first.isAcronym, let next = after(1), next.isWord, !next.isCapitalized, next.length >= 5,
           Lexicon.singularDemonymEnding.end(next.folded)
            || Lexicon.relationalEnding.end(next.folded) {
            return .name(finder.makeCandidate(index, end + 1, type: .org), next: end + 2)
        }
        // `le parti Québec solidaire`, `l’association France urbaine`: after a class noun of bodies, a
        // known place and an adjective name the body.
        if type == .place, let next = after(1), next.isWord, !next.isCapitalized, finder.isAdjective(next),
           !Lexicon.regionAdjectives.contains(next), !finder.isVerbAfterName(at: end + 1), !finder.isPastParticiple(next),
           finder.classNounInApposition(before: index) == .org {
            return .name(finder.makeCandidate(index, end + 1, type: .org), next: end + 2)
        }
        // `Suisse romande`, `Europe occidentale`, `Afrique centrale`: a known place and an adjective
        // of its parts is a region (`centrale` only here, `Banque centrale` being an institution;
        // and not the masculine, as the sets keep `le Maghreb` out of `le Maghreb central`).
        if type == .place, first.isCapitalized, let next = after(1), next.isWord, !next.isCapitalized,
           Lexicon.regionAdjectives.contains(next) || next.folded == "centrale" {
            return .name(finder.makeCandidate(index, end + 1, type: .place), next: end + 2)
        }
        // `Coupe du monde de biathlon`, `Mondial de handball`: a known competition takes its sport
        // (and the sport's adjective: `de ski alpin`).
        // (`… de tennis de table`: and the sport's qualifier.)
        if type == .misc, var sportEnd = sportAfter(end, in: finder) {
            if let qualified = finder.sportMannerEnd(after: sportEnd) { sportEnd = qualified }
            let adjective = cursor.lookahead(sportEnd - index + 1) { $0.isWord && !$0.isCapitalized && finder.isAdjective($0) }
            var last = adjective ? sportEnd + 1 : sportEnd
            if let setting = finder.competitionSettingEnd(after: last) { last = setting }
            return .name(finder.makeCandidate(index, last, type: .misc), next: last + 1)
        }
        // (`Coupe du monde en salle`: and where it is held.)
        if type == .misc, let setting = finder.competitionSettingEnd(after: end) {
            return .name(finder.makeCandidate(index, setting, type: .misc), next: setting + 1)
        }
        // A lower-case article alone before a capitalised word is part of the name only if
        // the whole is known (`la Havane`): checked by the lookup above.
        if !first.isCapitalized && last == 0 { return .pass }
        // Longer capitalised continuation (`Cuba Libre`?) is not taken: the gazetteer wins.
        var candidate = finder.makeCandidate(index, end, type: type)
        if type == .place, cursor.word(-1, is: .stormWords) { candidate.type = .misc }
        // `le quotidien Granma`: a place's name right after an organisation's class noun names the organisation.
        // (Class nouns have four letters or more: `de`, `à`, `la` before a place are not looked up.)
        // (`une société d’Istanbul`: after an elided `de`, the place is where the body is.)
        if type == .place, last == 0, let previous = cursor.peek(-1), previous.length >= 4, previous.isWord,
           !previous.isCapitalized, previous.classNounType == .org, !(first.afterElision && finder.elidedDe(first)) {
            candidate.type = .org
        }
        // Capitalised multi-word continuation after a known organisation head is handled as an institution.
        if type == .org, let institution = finder.institutionEnd(from: index), institution > end,
           first.has(.organisationHeads) {
            return .name(finder.makeCandidate(index, institution, type: .org), next: institution + 1)
        }
        return .name(candidate, next: end + 1)
    }

    /// The index of the last word of a known place of several words that starts at the cursor
    /// (`Pinar del Río`, `Ciego de Ávila`), nil when none does.
    static func knownPlaceOfWordsEnd(_ cursor: TokenCursor, in finder: SpanFinder) -> Int? {
        guard mayStartKnownName(cursor), let (last, type) = longestKnown(cursor, in: finder), last > 0, type == .place else { return nil }
        return cursor.index + last
    }

    /// A place or a town of one word that the gazetteer or the city list knows.
    static func isKnownPlaceWord(_ token: NameToken) -> Bool {
        token.has(.places) || Lexicon.cities.contains(token)
    }

    /// The offset of the last word of the longest known name from the cursor, and its type.
    static func longestKnown(_ cursor: TokenCursor, in finder: SpanFinder) -> (Int, EntityType)? {
        var name = ""
        var best: (Int, EntityType)?
        var offset = 0
        while offset < 7, let token = cursor.peek(offset), token.isWord {
            // (`La réunion a adopté …`: an article opens a known name only before a capital, `La Réunion`.)
            if offset == 1, !token.isCapitalized, cursor.peek()?.has(.nameArticles) == true { break }
            if offset > 0 && token.afterElision {
                // `Côte d’Ivoire`: a known name may hold an elided `d’`/`l’` (folded with `'`).
                guard let article = finder.elidedArticleLetter(token) else { break }
                name += " "
                name += article
                name += "'"
                name += token.folded
            } else if name.isEmpty {
                name = token.folded
            } else {
                // (Appended in place: no temporary strings.)
                name += " "
                name += token.folded
            }
            // (The first word by the token's own hash.)
            guard let entry = offset == 0 ? Lexicon.gazetteer[token] : Lexicon.gazetteer[name] else { break }
            if let type = entry.type { best = (offset, type) }
            offset += 1
        }
        return best
    }

    /// The index of a sport written after `end` as `de ski` or `d’athlétisme`, or nil.
    private static func sportAfter(_ end: Int, in finder: SpanFinder) -> Int? {
        let tokens = finder.tokens
        guard end + 1 < tokens.count else { return nil }
        // (`Coupe du monde masculine de hockey`: over the gender of the event.)
        if tokens[end + 1].isWord, tokens[end + 1].isFold(oneOf: ["masculine", "feminine", "masculin", "feminin"]) {
            return sportAfter(end + 1, in: finder)
        }
        let next = tokens[end + 1]
        if next.afterElision, finder.elidedDe(next), Lexicon.sports.contains(next) { return end + 1 }
        guard next.isWord, next.folded == "de", end + 2 < tokens.count, tokens[end + 2].isWord, !tokens[end + 2].isCapitalized,
              Lexicon.sports.contains(tokens[end + 2]) else { return nil }
        return end + 2
    }
}
