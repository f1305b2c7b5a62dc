/// An organisation or event head (`Fédération …`, `Festival …`) absorbs adjectives and
/// `de …` complements; with neither after it, it is a common noun. (`Marine Le Pen`: a head
/// that is also a given name, before a surname particle or a lone surname, is the person's.)
enum InstitutionHeadRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek() else { return .pass }
        let isOrganisation = head.has(.organisationHeads)
        guard isOrganisation || head.has(.miscHeads),
              !(head.isGivenName && cursor.peek(2) != nil && cursor.isCapitalised(1)
                  && cursor.lookahead(1, { $0.has(.surnameParticles) })),
              !finder.isGivenNameBeforeSurname(at: cursor) else { return .pass }
        // (`Campagne sucrière 2026 : …`: a season's campaign opening a sentence or a headline is described, not named.)
        if head.sentenceStart, head.folded == "campagne" { return .pass }
        var type: EntityType = isOrganisation ? .org : .misc
        // `Ligue des nations`, `Ligue de diamant` are competitions; `Ligue arabe` a body.
        // `Ligue 1`, `Ligue Europa` too: a league named by a number or a name is a competition.
        if head.folded == "ligue", cursor.lookahead(1, { ["de", "des", "du"].contains($0.folded) || $0.isCapitalized }) { type = .misc }
        // `Conférence de Bandung` is a meeting; `Conférence épiscopale …`, the bishops' body.
        if head.folded == "conference", cursor.lookahead(1, { $0.isWord && $0.folded == "episcopale" }) { type = .org }
        // `Programme des Nations unies pour …`, `Programme alimentaire mondial`: the United Nations' programmes are agencies.
        if head.folded == "programme", cursor.lookahead(1, { $0.isWord && $0.folded == "alimentaire" })
            || (cursor.word(1, in: complementLinks) && cursor.lookahead(2, { $0.isWord && $0.folded == "nations" })) { type = .org }
        // (`Projet Montréal`: a project named by a capital alone is a movement, a party.)
        if head.folded == "projet", cursor.isCapitalised(1) { type = .org }
        let index = cursor.index
        // (`la Constitution de Montecristi` is named; `la Constitution cubaine`, a country's, is described.)
        if head.folded == "constitution", !cursor.word(1, in: complementLinks), !cursor.lookahead(1, finder.elidedDe) {
            return .none
        }
        // `Constitution de 1988`, `Convention de 2001`: a legal text named by its year (`le Festival de
        // 2019` is an edition, described).
        if Lexicon.datedTextHeads.contains(head), cursor.word(1, in: de), cursor.lookahead(2, finder.isYear) {
            return .name(finder.makeCandidate(index, index + 2, type: .misc), next: index + 3)
        }
        // (`Convention 169`, `Loi 96`: a legal text named by its number, too.)
        if head.folded == "ligue" || Lexicon.numberedTextHeads.contains(head), let numbered = finder.numberEnd(after: index) {
            return .name(finder.makeCandidate(index, numbered, type: .misc), next: numbered + 1)
        }
        if let end = finder.institutionEnd(from: index) {
            if finder.isKnownTownAfterPreposition(start: index, end: end) {
                return .name(finder.makeCandidate(index, end, type: .place), next: end + 1)
            }
            // `Ligue de football professionnel`, `Ligue des auteurs professionnels`, `Conférence des
            // évêques suisses`: a league or a conference of a trade's members is a body, not an event.
            if head.folded == "ligue" || head.folded == "conference", type == .misc,
               isLeagueOfMembers(finder.tokens[(index + 1)...end]) { type = .org }
            return .name(finder.makeCandidate(index, end, type: type), next: end + 1)
        }
        // `le Mondial 2027`: an event head with its edition year alone.
        if type == .misc, cursor.lookahead(1, finder.isYear) {
            return .name(finder.makeCandidate(index, index + 1, type: .misc), next: index + 2)
        }
        // `Traité sur la non-prolifération des armes nucléaires (TNP)`
        if let end = finder.expansionEnd(after: index) { return .name(finder.makeCandidate(index, end, type: type), next: end + 1) }
        // (`Centre Premier Tech`, `Mondial La Marseillaise`: the head and a run of capitalised
        // words that the institution's grammar above did not take.)
        if !head.sentenceStart, case let end = finder.capitalisedRunEnd(from: index), end > index + 1 {
            return .name(finder.makeCandidate(index, end, type: type), next: end + 1)
        }
        return .none
    }

    /// (A set literal at a call builds its table at every call.)
    private static let de: WordSet = ["de"], complementLinks: WordSet = ["de", "du", "des"]

    private static func isLeagueOfMembers(_ complement: ArraySlice<NameToken>) -> Bool {
        complement.contains { token in
            guard token.isWord, !token.isCapitalized else { return false }
            if token.folded.hasPrefix("professionnel") { return true }
            // (`des auteurs`, `des évêques`, `des droits`: members by their trade or office, or a cause.)
            guard token.folded != "droits" else { return true }
            guard token.folded.hasSuffix("s") else { return false }
            let singular = String(token.folded.dropLast())
            // (`des chefs d’État`: a summit's.)
            return Lexicon.occupationNouns.contains(singular) || (Lexicon.titles.contains(singular) && singular != "chef")
        }
    }
}

extension Lexicon {
    /// Heads of legal texts named by a number (`Convention 169`, `Loi 96`, `Directive 2`).
    /// Source: hand-written, French nouns of legal texts.
    static let numberedTextHeads: WordSet = ["convention", "directive", "reglement", "protocole", "loi"]
    /// Heads of legal texts named by their year (`Constitution de 1988`, `Accord de 2015`).
    /// Source: hand-written, French nouns of legal texts.
    static let datedTextHeads: WordSet = ["constitution", "convention", "directive", "reglement", "protocole", "loi", "accord",
                                          "accords", "traite", "charte", "pacte", "declaration"]
}
