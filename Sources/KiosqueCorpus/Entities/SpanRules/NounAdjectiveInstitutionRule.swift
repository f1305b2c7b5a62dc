/// `la Cinémathèque française`, `l’Académie cubaine`, `du Rassemblement national`, `de Lutte
/// ouvrière`, `(Union centriste, …)`: after an article, `de` or a parenthesis, one capitalised
/// noun and an adjective name an institution (or a protected area: `le Parc national …`, but not
/// `la Réserve fédérale`), with
/// any complements that follow; so do a capital article, a noun and an adjective inside a
/// sentence (`avec La Banque postale`).
enum NounAdjectiveInstitutionRule: NameRunRule {
    static func decide(_ run: NameRun, in finder: SpanFinder) -> SpanDecision {
        guard let first = run.cursor.peek(), !first.isAcronym else { return .pass }
        let articled = run.end == run.start + 1 && first.isCapitalized && !first.sentenceStart
            && first.has(.nameArticles)
        guard run.end == run.start || articled, let noun = run.cursor.peek(run.end - run.start), !noun.isAcronym,
              articled || noun.afterElision || run.cursor.lookahead(-1, { Lexicon.institutionOpeners.contains($0) }),
              let adjective = run.after, finder.isAdjective(adjective), !finder.isVerbAfterName(at: run.end + 1),
              // (`le Valais romand`: a region's adjective names part of a land, not a body.)
              !Lexicon.regionAdjectives.contains(adjective),
              !noun.has(.places), !isTownWithParticiple(noun, adjective, in: finder),
              !finder.portfolioContext(before: run.start, ministerOnly: !noun.has(.domainNouns)) else { return .pass }
        // It may go on with complements: `l’État-major national de la Défense civile`.
        let last = max(run.end + 1, finder.institutionEnd(from: run.start) ?? run.end + 1)
        // (`la Réserve fédérale`: what a federation runs is a body, not a protected area.)
        let federal = adjective.folded.hasPrefix("federa")
        // (`la Stratégie nationale du lithium`: a plan's head names a plan.)
        // (`le Territoire britannique de l’océan Indien`: a territory so named is the land, as a park is.)
        // (`la Péninsule acadienne`, `le Cimetière marin`, `la Voie lactée`: so is a land, a quarter or a
        // sky's feature named by its noun and an adjective.)
        // (`le Jura vaudois`, `l’Oberland bernois`: a name no dictionary knows and a people's
        // adjective are a land's part, where `la Cinémathèque française` is a body's common noun.)
        let area = Lexicon.areaNouns.contains(noun) || noun.isFold(oneOf: ["territoire", "territoires"])
            || Self.landNouns.contains(noun)
            || (!Lexicon.isCommonNoun(noun) && !noun.folded.contains(" ") && !noun.has(.organisationHeads)
                && !noun.has(.miscHeads) && Self.isTownsPeoplesAdjective(adjective))
        let type: EntityType = area && !federal ? .place : noun.has(.miscHeads) ? .misc : .org
        return .name(finder.makeCandidate(run.start, last, type: type), next: last + 1)
    }

    /// `les lignes de Limoges menacées`, `les usines de Brive fermées`: a town's name, or a
    /// singular noun before a plural participle, is no institution's noun and adjective (a club
    /// keeps its town: `le Castres olympique`). (`une grive de Bicknell baguée`: nor a name no
    /// dictionary knows; institutions are named by common nouns, `Nations unies`.)
    private static func isTownWithParticiple(_ noun: NameToken, _ adjective: NameToken, in finder: SpanFinder) -> Bool {
        guard finder.isPastParticiple(adjective) else { return false }
        if Lexicon.cities.contains(noun) && !Lexicon.commonWords.contains(noun) { return true }
        if !Lexicon.isCommonNoun(noun) { return true }
        let plural = noun.folded.hasSuffix("s") || noun.folded.hasSuffix("x")
        return !plural && adjective.folded.hasSuffix("s")
    }

    /// `bernois`, `vaudoise`, `jurassien`: a town's or a region's people's adjective, by the
    /// endings that make most of them (`panaméricain`, `moyen` end otherwise).
    private static func isTownsPeoplesAdjective(_ adjective: NameToken) -> Bool {
        let word = adjective.folded
        return adjective.length >= 7 && townsPeoplesEndings.contains(where: word.hasSuffix)
    }

    /// (An array literal at a call builds it at every call.)
    private static let townsPeoplesEndings = ["ois", "oise", "ien", "ienne"]

    /// Source: hand-written, French nouns of lands, quarters and features.
    private static let landNouns: WordSet = ["peninsule", "cimetiere", "voie", "quartier", "cordillere", "plateau", "vallee",
        "cote", "baie", "golfe"]
}
