/// The span rules in the order they are tried at a token: the first that decides wins. The
/// order matters: known names before shapes, rejections of sentence words before the runs
/// they would start, and the plain run of capitalised words (typed by `classify`) last.
enum SpanPipeline {
    static let startRules: [any SpanRule.Type] = [
        QuotedNicknameRule.self,
        QuotedWorkRule.self,
        MidSentenceTitleRule.self,
        LawTitleRule.self,
        TitleBeforeWorkAppositionRule.self,
        SentenceAdverbRule.self,
        CountdownRule.self,
        DottedNameRule.self,
        GluedInitialNameRule.self,
        RubricRule.self,
        OfficeTitleRule.self,
        TerritorialShortFormRule.self,
        WordOnlyRule.self,
        HolidayRule.self,
        StateNameRule.self,
        CelestialBodyRule.self,
        BracketedAffiliationRule.self,
        GazetteerRule.self,
        SpeciesNameRule.self,
        NamedWarRule.self,
        GivenNameInitialRule.self,
        ProtectedAreaRule.self,
        CompassProvinceRule.self,
        NamedFeatureRule.self,
        PalaceNameRule.self,
        AirportNameRule.self,
        NumberedRoadRule.self,
        NumberedLegalTextRule.self,
        EponymDiseaseRule.self,
        MinistryRule.self,
        PurposeInstitutionRule.self,
        LowerCaseInstitutionRule.self,
        DepartmentOfStateRule.self,
        GovernmentAgencyRule.self,
        AwardOrLawRule.self,
        LegalCodeRule.self,
        SpanishDateNameRule.self,
        CapitalisedStartRule.self,
        NumeralOrCommonAcronymRule.self,
        CurrencyCodeRule.self,
        LetterAfterNounRule.self,
        LegalArticleCodeRule.self,
        CountedPeopleRule.self,
        SaintPlaceRule.self,
        AbbreviatedSaintPlaceRule.self,
        CompassRegionRule.self,
        TitleWordRule.self,
        PrenominalInstitutionRule.self,
        OpeningCommonNounRule.self,
        OpeningCommonNounComplementRule.self,
        StormNounRule.self,
        CapitalArticleTitleRule.self,
        PlaceNamedAgreementRule.self,
        NamedDayRule.self,
        CommonHeadInstitutionRule.self,
        CommonWordRule.self,
        InstitutionHeadRule.self,
        DemonymBeforeNameRule.self,
        DemonymNounRule.self,
        OpeningParticipleRule.self,
    ]

    static let runRules: [any NameRunRule.Type] = [
        ExpansionBeforeAcronymRule.self,
        PlaceBeforePersonRule.self,
        PortfolioBeforePersonRule.self,
        NounAdjectiveInstitutionRule.self,
        TrophyMetalRule.self,
        EditionYearRule.self,
        GluedPlusRule.self,
        ExclamationNameRule.self,
        AmpersandNameRule.self,
        NameWithDigitsRule.self,
        LegalFormRule.self,
        ArticledPlaceAdjectiveRule.self,
        ClubDemonymRule.self,
        SentenceCaseNameRule.self,
        ClassifiedRunRule.self,
    ]
}

extension SpanFinder {
    /// The name starting at `index`, and the index after it.
    func span(at index: Int) -> (Candidate, Int)? {
        let cursor = TokenCursor(tokens, at: index)
        for rule in SpanPipeline.startRules {
            switch rule.decide(at: cursor, in: self) {
            case .name(let candidate, let next): return (candidate, next)
            case .none: return nil
            case .pass: continue
            }
        }
        let run = NameRun(start: index, end: capitalisedRunEnd(from: index), cursor: cursor)
        for rule in SpanPipeline.runRules {
            switch rule.decide(run, in: self) {
            case .name(let candidate, let next): return (candidate, next)
            case .none: return nil
            case .pass: continue
            }
        }
        return nil
    }
}
