/// A start rule that may name from a lower-case word. `CapitalisedStartRule` ends the search
/// at any other lower-case word, so only the rules before it can, and most of them never do;
/// `SpanFinder.mayStartName` asks these rules alone about a lower-case word, and skips the
/// whole pipeline (all of `SpanPipeline.startRules` up to `CapitalisedStartRule`) at the
/// lower-case words none of them may start with, nearly every word of a text.
protocol LowerCaseStartRule: SpanRule {
    /// The lower-case words (folded) this rule may name from: at any other lower-case word it
    /// answers `.pass` or `.none`.
    static var lowerCaseStarts: WordSet { get }
    /// At one of `lowerCaseStarts`, a cheap test that holds whenever the rule names from it.
    static func mayName(fromLowerCaseAt cursor: TokenCursor) -> Bool
}

extension LowerCaseStartRule {
    static func mayName(fromLowerCaseAt cursor: TokenCursor) -> Bool { true }
}

extension SpanPipeline {
    /// Every start rule before `CapitalisedStartRule` that may name from a lower-case word, but
    /// `DottedNameRule` (`hub.brussels`: any word glued to a full stop, which `mayStartName`
    /// tests by its shape). Checked by `NameStartFilterTests` on the annotated sets.
    static let lowerCaseStartRules: [any LowerCaseStartRule.Type] = [
        GazetteerRule.self,             // `la Havane`
        ProtectedAreaRule.self,         // `parc national de la Lopé`
        CompassProvinceRule.self,       // `province Sud`
        NamedFeatureRule.self,          // `mer de Chine`
        AirportNameRule.self,           // `aéroport de Vorlac`
        NumberedRoadRule.self,          // `route 138`, `autoroute 73`
        NumberedLegalTextRule.self,     // `loi 87-01`, `résolution 1701`
        EponymDiseaseRule.self,         // `maladie de Crohn`
        MinistryRule.self,              // `ministère de la Santé`
        LowerCaseInstitutionRule.self,  // `tribunal correctionnel de Paris`
        DepartmentOfStateRule.self,     // `département d’État`
        AwardOrLawRule.self,            // `prix Goncourt`, `loi Verlaine`, `festival d’Avignon`
        LegalCodeRule.self,             // `code de la consommation`
        SpanishDateNameRule.self,       // `14 de Julio`
    ]
}

extension SpanPipeline {
    /// Each of `lowerCaseStartRules` with its `lowerCaseStarts`, read once.
    static let lowerCaseStartWords = lowerCaseStartRules.map { (rule: $0, words: $0.lowerCaseStarts) }
}

extension Lexicon {
    /// Every word of the rules' `lowerCaseStarts`: one bit per token (`LexiconFact`) says
    /// whether any of them is worth asking.
    static let lowerCaseNameStarts = WordSet(SpanPipeline.lowerCaseStartRules.flatMap { $0.lowerCaseStarts.members })
}

extension GazetteerRule: LowerCaseStartRule {
    static var lowerCaseStarts: WordSet { Lexicon.nameArticles }

    /// A known name from a lower-case article (`la Havane`; the article is in most
    /// sentences, the known names that start with it are few).
    static func mayName(fromLowerCaseAt cursor: TokenCursor) -> Bool { mayStartKnownName(cursor) }

    /// Whether a known name may start at the cursor (`longestKnown`): the word alone is one,
    /// or the word after it is the second of one.
    static func mayStartKnownName(_ cursor: TokenCursor) -> Bool {
        guard let first = cursor.peek(), let entry = Lexicon.gazetteer[first] else { return false }
        // (A fold of two words, `addis abeba`, is followed by a name's third word.)
        if entry.type != nil || first.folded.utf8.contains(0x20) { return true }
        return cursor.lookahead(1) { $0.isWord && ($0.afterElision || isSecondWord($0)) }
    }

    /// Whether a known name's second word is `token`'s (or its first part's: `Addis-Abeba` folds
    /// to two words, one token).
    private static func isSecondWord(_ token: NameToken) -> Bool {
        token.folded.utf8.contains(0x20) || Lexicon.gazetteerSecondWords.contains(token)
    }
}

extension Lexicon {
    /// The second word of every known name of two words or more (`havane` of `la havane`).
    /// Source: derived from `gazetteer`.
    static let gazetteerSecondWords = WordSet(gazetteer.allKeys.compactMap { key in
        let words = key.split(separator: " ")
        return words.count >= 2 ? String(words[1]) : nil
    })
}

extension ProtectedAreaRule: LowerCaseStartRule {
    static var lowerCaseStarts: WordSet { Lexicon.areaNouns }
}

extension NamedFeatureRule: LowerCaseStartRule {
    static let lowerCaseStarts = WordSet(Lexicon.featureNounWords + ["marche"])
}

extension AirportNameRule: LowerCaseStartRule {
    static let lowerCaseStarts: WordSet = ["aeroport"]
}

extension NumberedRoadRule: LowerCaseStartRule {
    static let lowerCaseStarts: WordSet = ["route", "autoroute"]
}

extension EponymDiseaseRule: LowerCaseStartRule {
    static var lowerCaseStarts: WordSet { Lexicon.diseaseHeads }
}

extension MinistryRule: LowerCaseStartRule {
    static let lowerCaseStarts: WordSet = ["ministere"]
}

extension LowerCaseInstitutionRule: LowerCaseStartRule {
    static var lowerCaseStarts: WordSet { Lexicon.lowerCaseHeads }
}

extension DepartmentOfStateRule: LowerCaseStartRule {
    static let lowerCaseStarts: WordSet = ["departement"]
}

extension CompassProvinceRule: LowerCaseStartRule {
    static let lowerCaseStarts: WordSet = ["province"]
}

extension LegalCodeRule: LowerCaseStartRule {
    static let lowerCaseStarts: WordSet = ["code"]
}

extension AwardOrLawRule: LowerCaseStartRule {
    static let lowerCaseStarts = WordSet(["loi", "medaille"] + Lexicon.eventNounsWithComplement.members + Lexicon.treatyNouns.members)
}
