@testable import KiosqueCorpus
import Testing

/// The typing cues added for newsrooms beyond wire stories, each on invented names (a rule that
/// reads a gazetteer is tested on the gazetteer's own words): a class noun in apposition after
/// a name, a trade before it or a role after it, prepositions of position, nouns of places before `d’`, places named after the words of subdivision names, and the
/// agreement of one entity's mentions on the type that evidence gives.
@Suite struct TypeCueTests {
    static func types(_ paragraphs: [String]) -> [String: EntityType] {
        TypeEvidenceTests.types(paragraphs)
    }

    @Test func aClassNounAfterTheNameTypesIt() {
        let found = Self.types([
            "Les pédiatres saluent le Brelvax, l’anticorps de Quelmar, remboursé depuis mars.",
            "Les salariés attendent Ostrelis, le fabricant suédois, qui doit annoncer un plan.",
            "Les secours ont rejoint Dorvanne, une commune de 900 habitants.",
        ])
        #expect(found["Brelvax"] == .misc)
        #expect(found["Ostrelis"] == .org)
        #expect(found["Dorvanne"] == .place)
    }

    @Test func aPhrasePutFirstIsNoApposition() {
        let found = Self.types([
            "À Vornaysse, la coopérative a perdu un tiers de sa récolte.",
            "Pour les Travelins, la société prévoit une hausse.",
        ])
        #expect(found["Vornaysse"] == .place)  // after `à`, not the coopérative's type
        #expect(found["Travelins"] != .org)
    }

    @Test func aPersonIsNotTypedByAnApposition() {
        let found = Self.types(["Selon Jeanne Quelvoux, la productrice du film, le tournage reprend."])
        #expect(found["Jeanne Quelvoux"] == .person)
    }

    @Test func aTradeBeforeANameMakesAPerson() {
        let found = Self.types([
            "Le festival accueille le rappeur français Vornak et la chanteuse Quelya.",
            "L’écrivaine Dravine a reçu le prix. Le chanteur du groupe Brelvox est absent.",
        ])
        #expect(found["Vornak"] == .person)
        #expect(found["Quelya"] == .person)
        #expect(found["Dravine"] == .person)
        #expect(found["Brelvox"] != .person)  // a `de` complement of the trade noun
    }

    @Test func aRoleAfterANameMakesAPerson() {
        let found = Self.types([
            "Selon Yao Kervenel, qui préside la coopérative, la récolte baisse.",
            "Le texte a été signé par Kerwan Quelbois, maire de Brenvik. Vorlac Industries, jugé depuis mars, conteste.",
        ])
        #expect(found["Yao Kervenel"] == .person)
        #expect(found["Kerwan Quelbois"] == .person)
        #expect(found["Vorlac Industries"] != .person)  // `jugé` folds like the title `juge`
    }

    @Test func anArticledNameUnderAPrepositionOfPositionIsAPlace() {
        let found = Self.types([
            "Le barrage, sur la Quelmize, est vide. La neige est tombée sur le Brévaut.",
            "Sur le Vorlax, la société est cotée depuis 2023.",
        ])
        #expect(found["Quelmize"] == .place)
        #expect(found["Brévaut"] == .place)
        #expect(found["Vorlax"] != .place)  // a topic put first
    }

    @Test func anElidedComplementOfAPlaceNounIsAPlace() {
        let found = Self.types([
            "Le fleuve est resté à sec en aval d’Orvelle tout l’été.",
            "Les habitants d’Ivrenne ont voté. Le fonds a levé 30 millions avec la participation d’Ostrabel.",
        ])
        #expect(found["Orvelle"] == .place)
        #expect(found["Ivrenne"] == .place)
        #expect(found["Ostrabel"] == .org)  // `d’…` after another noun: a company, as before
    }

    @Test func wordsSharedBySubdivisionNamesAreRiversAndRanges() {
        #expect(Lexicon.placeNameParts.contains("garonne"))  // Haute-Garonne, Lot-et-Garonne, Tarn-et-Garonne
        #expect(Lexicon.placeNameParts.contains("saone"))  // Haute-Saône, Saône-et-Loire
        #expect(!Lexicon.placeNameParts.contains("haute"))
        #expect(!Lexicon.placeNameParts.contains("saint"))
        #expect(!Lexicon.placeNameParts.contains("nord"))
        let found = Self.types([
            "La Garonne est sortie de son lit. Les bateaux remontent la Saône jusqu’au port.",
            "Les Vorlesques ont signé un accord.",
        ])
        #expect(found["Garonne"] == .place)
        #expect(found["Saône"] == .place)
        #expect(found["Vorlesques"] != .place)
    }

    @Test func evidenceOutweighsTheDefaultAcrossAnArticle() {
        let paragraphs = ["La commune de Quelvarne a voté le budget.", "Quelvarne compte 900 habitants. Le maire de Quelvarne parle."]
        var resolution = ResolverPassTests.resolution(paragraphs, through: ResolverPassTests.passes(before: TypeAgreementPass.self))
        let members = resolution.candidates.indices.filter { resolution.candidates[$0].folded == "quelvarne" }
        #expect(members.count >= 2)
        #expect(members.contains { resolution.candidates[$0].type == .place })
        TypeAgreementPass.run(&resolution)
        #expect(members.allSatisfy { resolution.candidates[$0].type == .place || resolution.candidates[$0].fallbackType == .place })
        #expect(Self.types(paragraphs)["Quelvarne"] == .place)
    }

    @Test func dividedStrongEvidenceIsLeftToTheVote() {
        let paragraphs = ["La commune de Trevanse a voté.", "Le groupe Trevanse a racheté un concurrent. Trevanse recrute."]
        var resolution = ResolverPassTests.resolution(paragraphs, through: ResolverPassTests.passes(before: TypeAgreementPass.self))
        let before = resolution.candidates.map(\.fallbackType)
        TypeAgreementPass.run(&resolution)
        #expect(resolution.candidates.map(\.fallbackType) == before)
    }

    @Test func aDefaultGuessYieldsToEvidenceGivenAsOften() {
        // `dans la Brenvaude`: a place, by the preposition before its article; `la Brenvaude a
        // encore monté`: an organisation, by the default for an articled unknown name.
        var resolution = ResolverPassTests.resolution(["On a pêché dans la Brenvaude en mai.", "Hier, la Brenvaude a encore monté."],
                                                      through: ResolverPassTests.passes(before: TypeAgreementPass.self))
        let members = resolution.candidates.indices.filter { resolution.candidates[$0].folded == "brenvaude" }
        #expect(members.count == 2)
        #expect(members.contains { resolution.candidates[$0].isGuess && resolution.candidates[$0].fallbackType == .org })
        TypeAgreementPass.run(&resolution)
        #expect(members.allSatisfy { resolution.candidates[$0].fallbackType == .place })
    }
}
