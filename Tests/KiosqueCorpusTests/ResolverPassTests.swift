@testable import KiosqueCorpus
import Testing

/// Each pass of `MentionResolver.passes` on its own: the state the passes before it built,
/// then what this pass changes (invented names, so that the pass decides and not a list).
@Suite struct ResolverPassTests {
    /// The candidates of a title and paragraphs, after `passes` ran in order.
    static func resolution(title: String = "", _ paragraphs: [String], through passes: [any ResolverPass.Type]) -> Resolution {
        var found = SpanFinder(text: title, field: .title).candidates()
        for (index, paragraph) in paragraphs.enumerated() {
            found += SpanFinder(text: paragraph, field: .paragraph(index)).candidates()
        }
        var resolution = Resolution(found: found)
        for pass in passes { pass.run(&resolution) }
        return resolution
    }

    /// The passes declared before `pass`.
    static func passes(before pass: any ResolverPass.Type) -> [any ResolverPass.Type] {
        Array(MentionResolver.passes.prefix { $0 != pass })
    }

    /// The folded names of each non-empty group.
    static func groupNames(_ resolution: Resolution) -> [[String]] {
        resolution.groups.filter { !$0.isEmpty }.map { $0.map { resolution.candidates[$0].folded } }
    }

    @Test func everyPassRunsOnceInTheDeclaredOrder() {
        let names = MentionResolver.passes.map { String(describing: $0) }
        #expect(names == ["AcronymMentionsPass", "UnconfirmedWordsPass", "SurnameIndexPass", "GroupingPass",
                          "LateSurnamePass", "ShortFormPass", "InitialsPass", "SiteNameTailPass", "TypeAgreementPass", "KinNamePass"])
    }

    @Test func aGuessedNameThatEndsASiteNameIsAPlace() {
        let before = Self.passes(before: SiteNameTailPass.self)
        let text = ["Le club joue à la salle Marvelin. On attend une foule à Brelmond, et Marvelin sera plein, dit Korvix."]
        var resolution = Self.resolution(text, through: before)
        let alone = resolution.candidates.indices.filter { resolution.candidates[$0].folded == "marvelin" }
        #expect(alone.count == 1 && resolution.candidates[alone[0]].isGuess)
        SiteNameTailPass.run(&resolution)
        #expect(resolution.candidates[alone[0]].fallbackType == .place && !resolution.candidates[alone[0]].isGuess)
        // (A guess that ends no site's name keeps its guess.)
        #expect(resolution.candidates.contains { $0.folded == "korvix" && $0.isGuess })
    }

    @Test func anAcronymInParenthesesBecomesItsOwnCandidate() {
        var resolution = Resolution(found: SpanFinder(text: "Le Bureau vorlanien des brevets (BVB) a statué.",
                                                      field: .paragraph(0)).candidates())
        #expect(resolution.found.count == 1)
        AcronymMentionsPass.run(&resolution)
        #expect(resolution.candidates.map(\.folded) == ["bureau vorlanien des brevets", "bvb"])
        #expect(resolution.candidates.last?.type == resolution.candidates.first?.type)
        #expect(resolution.candidates.last?.isAcronymOnly == true)
    }

    @Test func anUnconfirmedSentenceStartIsDropped() {
        let alone = Self.resolution(["Grelmor arrive demain."], through: [AcronymMentionsPass.self])
        #expect(alone.candidates.contains { $0.folded == "grelmor" && $0.needsConfirmation })
        var dropped = alone
        UnconfirmedWordsPass.run(&dropped)
        #expect(!dropped.candidates.contains { $0.folded == "grelmor" })

        var confirmed = Self.resolution(["Grelmor arrive demain.", "On attend Grelmor à midi."], through: [AcronymMentionsPass.self])
        UnconfirmedWordsPass.run(&confirmed)
        #expect(confirmed.candidates.filter { $0.folded == "grelmor" }.count == 2)

        // A word of a longer name confirms it only when written there with a capital.
        var inName = Self.resolution(["Grelmor arrive. Brelande reste. Voici le Conseil de la Grelmor et la Loi sur la brelande, dit Pavlo Vardec."],
                                     through: [AcronymMentionsPass.self])
        UnconfirmedWordsPass.run(&inName)
        #expect(inName.candidates.contains { $0.folded == "grelmor" })
        #expect(!inName.candidates.contains { $0.folded == "brelande" })
    }

    @Test func surnamesPointToTheFullNameAndSharedOnesAreAmbiguous() {
        let before = Self.passes(before: SurnameIndexPass.self)
        var one = Self.resolution(["Le ministre Jorge Varlemo Quintanar a parlé."], through: before)
        #expect(one.surnames.isEmpty)
        SurnameIndexPass.run(&one)
        #expect(one.surnames["quintanar"] == "jorge varlemo quintanar")
        #expect(one.surnames["varlemo quintanar"] == "jorge varlemo quintanar")
        #expect(one.ambiguous.isEmpty)

        var two = Self.resolution(["Le ministre Jorge Quintanar et la ministre Ana Quintanar ont parlé."], through: before)
        SurnameIndexPass.run(&two)
        #expect(two.ambiguous.contains("quintanar"))
    }

    @Test func aSurnameJoinsTheFullNameSeenBefore() {
        var resolution = Self.resolution(["Le ministre Jorge Varlemo a parlé.", "Selon le ministre Varlemo, tout va bien."],
                                         through: Self.passes(before: GroupingPass.self))
        #expect(resolution.groups.isEmpty)
        GroupingPass.run(&resolution)
        #expect(Self.groupNames(resolution) == [["jorge varlemo", "varlemo"]])
    }

    @Test func aSurnameSeenFirstJoinsTheFullNameLater() {
        var resolution = Self.resolution(title: "Le ministre Varlemo en visite", ["Le ministre Jorge Varlemo a parlé."],
                                         through: Self.passes(before: LateSurnamePass.self))
        #expect(Self.groupNames(resolution) == [["varlemo"], ["jorge varlemo"]])
        LateSurnamePass.run(&resolution)
        #expect(Self.groupNames(resolution) == [["jorge varlemo", "varlemo"]])
    }

    @Test func aCompanyNamedAfterItsFounderKeepsApart() {
        var resolution = Self.resolution(title: "Vorlanier investit à Gidy",
                                          ["Le laboratoire Vorlanier a annoncé un investissement.", "Fondé par Jacques Vorlanier, le groupe est indépendant."],
                                          through: Self.passes(before: LateSurnamePass.self))
        LateSurnamePass.run(&resolution)
        #expect(Self.groupNames(resolution).contains(["jacques vorlanier"]))
        #expect(Self.groupNames(resolution).contains { $0.contains("vorlanier") && !$0.contains("jacques vorlanier") })
    }

    @Test func aShortFormJoinsTheLongerName() {
        var resolution = Self.resolution(["Le salon Grelmexpo 2031 ouvre lundi.", "Le salon Grelmexpo attend du monde."],
                                         through: Self.passes(before: ShortFormPass.self))
        #expect(Self.groupNames(resolution) == [["grelmexpo 2031"], ["grelmexpo"]])
        ShortFormPass.run(&resolution)
        #expect(Self.groupNames(resolution) == [["grelmexpo 2031", "grelmexpo"]])
    }

    @Test func aCompanyNamedWithoutItsLegalFormJoinsTheLongerName() {
        var resolution = Self.resolution(["La gérante de Vorlic Sàrl a été condamnée.", "Plus tard, Vorlic a fermé ses trois crèches."],
                                         through: Self.passes(before: ShortFormPass.self))
        #expect(Self.groupNames(resolution) == [["vorlic sarl"], ["vorlic"]])
        ShortFormPass.run(&resolution)
        #expect(Self.groupNames(resolution) == [["vorlic sarl", "vorlic"]])
    }

    @Test func anAcronymJoinsTheNameItsInitialsSpell() {
        var resolution = Self.resolution(["L’Agence vorlanienne des routes a parlé.", "Selon l’AVR, les travaux dureront."],
                                         through: Self.passes(before: InitialsPass.self))
        #expect(Self.groupNames(resolution).count == 2)
        InitialsPass.run(&resolution)
        #expect(Self.groupNames(resolution) == [["agence vorlanienne des routes", "avr"]])
    }

    @Test func aGivenNameAloneJoinsTheOnlyLongerNameItOpens() {
        var resolution = Self.resolution(["La Vorlanienne Yurvena Brelstad Quost a gagné dimanche.", "« Yurvena a été parfaite », dit son entraîneur."],
                                         through: Self.passes(before: SurnameIndexPass.self))
        SurnameIndexPass.run(&resolution)
        #expect(resolution.surnames["yurvena"] == "yurvena brelstad quost")
        #expect(!resolution.ambiguous.contains("yurvena"))
        var twoPeople = Self.resolution(["Yurvena Brelstad Quost et Yurvena Morlac Tisk ont gagné.", "« Yurvena a été parfaite »."],
                                        through: Self.passes(before: SurnameIndexPass.self))
        SurnameIndexPass.run(&twoPeople)
        #expect(twoPeople.ambiguous.contains("yurvena"))
    }

    @Test func anUntypedPairEndingWithAPersonsSurnameIsARelative() {
        let text = ["Le fonds du chansonnier Aldric Vorneland, mort en 2019, a été acquis.", "En attendant, Colombe Vorneland garde une bobine.",
                    "La Banque Vorneland n’a rien dit."]
        var resolution = Self.resolution(text, through: Self.passes(before: KinNamePass.self))
        let relative = resolution.candidates.indices.filter { resolution.candidates[$0].folded == "colombe vorneland" }
        #expect(relative.count == 1 && resolution.candidates[relative[0]].type == nil && resolution.candidates[relative[0]].fallbackType == .org)
        KinNamePass.run(&resolution)
        #expect(relative.allSatisfy { resolution.candidates[$0].fallbackType == .person })
        let bank = resolution.candidates.indices.filter { resolution.candidates[$0].folded == "banque vorneland" }
        #expect(bank.allSatisfy { resolution.candidates[$0].fallbackType != .person })
    }

    @Test func aGuessedNameThatEndsAParksNameAfterItsAdjectiveIsAPlace() {
        let text = ["Des biologistes ont décrit une grenouille du parc national de Quelvasha. On attend une foule à Brelmond, et Quelvasha sera plein, dit Korvix."]
        var resolution = Self.resolution(text, through: Self.passes(before: SiteNameTailPass.self))
        let alone = resolution.candidates.indices.filter { resolution.candidates[$0].folded == "quelvasha" }
        #expect(alone.count == 1 && resolution.candidates[alone[0]].isGuess)
        SiteNameTailPass.run(&resolution)
        #expect(alone.allSatisfy { resolution.candidates[$0].fallbackType == .place && !resolution.candidates[$0].isGuess })
    }

    @Test func aPlaceGuessOutweighsTheDefaultWhenEveryMentionIsAGuess() {
        let text = ["Le nageur vit dans la banlieue de Quelteuiatsh.", "« Respectez le lac », a dit Vorla Tenière, hier. Quelteuiatsh a répondu."]
        var resolution = Self.resolution(text, through: Self.passes(before: TypeAgreementPass.self))
        let named = resolution.candidates.indices.filter { resolution.candidates[$0].folded == "quelteuiatsh" }
        #expect(named.count == 2 && named.allSatisfy { resolution.candidates[$0].isGuess && resolution.candidates[$0].type == nil })
        #expect(Set(named.map { resolution.candidates[$0].fallbackType }) == [.place, .org])
        TypeAgreementPass.run(&resolution)
        #expect(named.allSatisfy { resolution.candidates[$0].fallbackType == .place })
    }
}
