/// A start rule before `CommonWordRule` that may name from a capitalised common word (`La
/// Havane`, `Ministère de …`, `République de …`). `CommonWordRule` ends the search at the
/// other capitalised common words (`Le`, `Selon`, `Il` opening a sentence: a fifth of the
/// capitalised words), so `SpanFinder.mayStartName` asks these rules alone about such a word,
/// and skips the pipeline's thirty-seven rules before `CommonWordRule` where none of them may
/// name. Every rule before it that can name a capitalised word is listed, whether or not one
/// of today's common words meets its test.
protocol CommonWordStartRule: SpanRule {
    /// The words (folded) the rule may name from, nil when any word may open the shape it
    /// names (a comma after a title, a glued full stop); one bit per token says whether a word
    /// is in any of them (`LexiconFact.commonWordNameStarts`).
    static var commonWordStarts: WordSet? { get }
    /// A cheap test that holds whenever the rule names from the capitalised word at the
    /// cursor, one of its `commonWordStarts` if it has them (default: always).
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool
}

extension CommonWordStartRule {
    static var commonWordStarts: WordSet? { nil }
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool { true }
}

extension SpanPipeline {
    /// Checked by `NameStartFilterTests` on the annotated sets.
    static let commonWordStartRules: [any CommonWordStartRule.Type] = [
        TitleBeforeWorkAppositionRule.self,
        DottedNameRule.self,
        GluedInitialNameRule.self,
        StateNameRule.self,
        CelestialBodyRule.self,
        GazetteerRule.self,
        NamedWarRule.self,
        GivenNameInitialRule.self,
        MinistryRule.self,
        PurposeInstitutionRule.self,
        GovernmentAgencyRule.self,
        SaintPlaceRule.self,
        CompassRegionRule.self,
        PrenominalInstitutionRule.self,
        CommonHeadInstitutionRule.self,
        PlaceNamedAgreementRule.self,
        NamedDayRule.self,
        CapitalArticleTitleRule.self,
    ]
}

extension Lexicon {
    /// Every word of the rules' `commonWordStarts` (`LexiconFact.commonWordNameStarts`).
    static let commonWordNameStarts = WordSet(SpanPipeline.commonWordStartRules.flatMap { $0.commonWordStarts?.members ?? [] })
}

extension SpanPipeline {
    /// `commonWordStartRules` split by what they name from, so that most common words, in no
    /// rule's `commonWordStarts` (one bit), meet only the rules of shapes.
    static let commonWordShapeRules = commonWordStartRules.filter { $0.commonWordStarts == nil }
    static let commonWordWordRules = commonWordStartRules.compactMap { rule in rule.commonWordStarts.map { (rule: rule, words: $0) } }
}

extension SpanFinder {
    /// Whether one of `SpanPipeline.commonWordStartRules` may name from the capitalised common
    /// word at `index`.
    func mayNameFromCommonWord(at index: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: index)
        if SpanPipeline.commonWordShapeRules.contains(where: { $0.mayName(fromCommonWordAt: cursor) }) { return true }
        guard tokens[index].has(.commonWordNameStarts) else { return false }
        let token = tokens[index]
        // (By index over the buffer, as in `mayStartName`: no copy of each rule's word set.)
        return SpanPipeline.commonWordWordRules.withUnsafeBufferPointer { rules in
            rules.indices.contains { rules[$0].words.contains(token) && rules[$0].rule.mayName(fromCommonWordAt: cursor) }
        }
    }
}

// Shapes:

extension TitleBeforeWorkAppositionRule: CommonWordStartRule {
    /// `Les Heures creuses, le nouveau film …`: a comma and an apposition of works.
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool { commaBeforeWorkApposition(cursor) != nil }
}

extension DottedNameRule: CommonWordStartRule {
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool { isGluedDot(cursor, 1) }
}

extension GluedInitialNameRule: CommonWordStartRule {
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool { cursor.peek()?.length == 1 }
}

extension GazetteerRule: CommonWordStartRule {
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool { mayStartKnownName(cursor) }
}

extension GivenNameInitialRule: CommonWordStartRule {
    /// A capital initial next.
    static func mayName(fromCommonWordAt cursor: TokenCursor) -> Bool {
        cursor.lookahead(1) { $0.isWord && $0.isCapitalized && $0.length == 1 }
    }
}

// Words:

extension StateNameRule: CommonWordStartRule {
    static var commonWordStarts: WordSet? { Lexicon.stateHeads }
}

extension CelestialBodyRule: CommonWordStartRule {
    static var commonWordStarts: WordSet? { Lexicon.celestialBodies }
}

extension NamedWarRule: CommonWordStartRule {
    /// An ordinal (`Seconde Guerre mondiale`) or the war itself.
    static let commonWordStarts: WordSet? = WordSet(Lexicon.warOrdinals.members + Lexicon.warNouns.members)
}

extension MinistryRule: CommonWordStartRule {
    static let commonWordStarts: WordSet? = ["ministere"]
}

extension PurposeInstitutionRule: CommonWordStartRule {
    static var commonWordStarts: WordSet? { Lexicon.organisationHeads }
}

extension SaintPlaceRule: CommonWordStartRule {
    static let commonWordStarts: WordSet? = ["saint", "sainte"]
}

extension PrenominalInstitutionRule: CommonWordStartRule {
    static var commonWordStarts: WordSet? { Lexicon.prenominalAdjectives }
}

extension CommonHeadInstitutionRule: CommonWordStartRule {
    static var commonWordStarts: WordSet? { Lexicon.organisationHeads }
}
