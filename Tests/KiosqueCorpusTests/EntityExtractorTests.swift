import Foundation
import KiosqueCorpus
import KiosqueTestSupport
import KiosqueText
import Testing

/// Entity extraction against hand-checked gold: the two real seeds (exactly) and our own
/// annotated articles (Fixtures/, a floor for quality).
@Suite struct EntityExtractorTests {
    struct GoldEntity {
        let canonical: String
        let type: String
        let mentions: [String]
        let optional: Bool
    }

    static func goldEntities(_ gold: [String: Any]) -> [GoldEntity] {
        (gold["entities"] as? [[String: Any]] ?? []).map {
            GoldEntity(canonical: $0["canonical"] as? String ?? "", type: $0["type"] as? String ?? "",
                       mentions: $0["mentions"] as? [String] ?? [], optional: $0["optional"] as? Bool ?? false)
        }
    }

    static func corpus(_ paths: [String]) throws -> Corpus {
        try CorpusLoader.load(paths: paths, strict: true)
    }

    @Test(arguments: SeedFixtures.seedNames)
    func seedEntitiesMatchTheGoldExactly(name: String) throws {
        let corpus = try Self.corpus(SeedFixtures.seedNames.map { try SeedFixtures.seeds + "/\($0).txt" })
        let article = try #require(corpus.articles.first { $0.origin.path.hasSuffix("\(name).txt") })
        let found = corpus.entities(inArticle: article.id)
        let gold = Self.goldEntities(try SeedFixtures.gold(name))
        for expected in gold where !expected.optional {
            let match = found.first { entity in
                let surfaces = entity.mentions.map(\.text)
                return expected.mentions.contains { TextFolding.foldName($0) == TextFolding.foldName(surfaces.first ?? "") }
                    || surfaces.contains { TextFolding.foldName($0) == TextFolding.foldName(expected.canonical) }
            }
            guard let match else { Issue.record("\(name): missed \(expected.canonical)"); continue }
            #expect(match.type.rawValue == expected.type, "\(expected.canonical)")
            var surfaces: [String] = []
            for mention in match.mentions where !surfaces.contains(mention.text) { surfaces.append(mention.text) }
            #expect(surfaces == expected.mentions, "\(expected.canonical): \(surfaces)")
        }
        let required = gold.filter { !$0.optional }.count
        let optionalNames = Set(gold.filter(\.optional).flatMap { [$0.canonical] + $0.mentions }.map(TextFolding.foldName))
        let extra = found.filter { !optionalNames.contains(TextFolding.foldName($0.mentions.first?.text ?? "")) }
        #expect(extra.count == required, "\(name): \(extra.count) entities for \(required) required")
    }

    @Test func mentionOffsetsSliceTheOriginalText() throws {
        let corpus = try Self.corpus([SeedFixtures.seeds])
        for article in corpus.articles {
            for entity in corpus.entities(inArticle: article.id) {
                for mention in entity.mentions {
                    let text = mention.field.text(in: article)
                    let utf16 = Array(text.utf16)[mention.utf16Range]
                    #expect(String(decoding: utf16, as: UTF16.self) == mention.text)
                    let utf8 = Array(text.utf8)[mention.utf8Range]
                    #expect(String(decoding: utf8, as: UTF8.self) == mention.text)
                }
            }
        }
    }

    @Test func variantsResolveAcrossArticles() throws {
        let corpus = try Self.corpus([SeedFixtures.seeds])
        let borisov = try #require(corpus.entity(id: "yuri-borisov"))
        #expect(borisov.type == .person)
        #expect(Set(borisov.variants) == ["Yuri Borísov", "Yuri Borisov", "Borisov"])
        #expect(borisov.articleIDs.count == 2)
        #expect(corpus.entity(id: "la-havane")?.variants.contains("La Havane") == true)
        #expect(corpus.entity(id: "serguei-riabkov")?.variants == ["Serguei Riabkov", "Riabkov"])
        #expect(corpus.entity(id: "miguel-diaz-canel")?.name == "Miguel Díaz-Canel")
    }

    @Test func relatedEntitiesShareArticles() throws {
        let corpus = try Self.corpus([SeedFixtures.seeds])
        let related = corpus.related(to: "cuba")
        let russie = try #require(related.first { $0.entityID == "russie" })
        #expect(russie.count == 2)
        #expect(Set(russie.articleIDs) == ["277616", "273805"])
    }

    @Test func resolutionRules() {
        let extractor = EntityExtractor()
        let entities = extractor.extract(title: "Sommet", paragraphs: [
            "Le Fonds monétaire international (FMI) a reçu l’Union africaine et des représentants d'Irlande.",
            "Le président Vladimir Poutine a parlé aux Russes. Poutine a ensuite rencontré des Cubains en novembre.",
        ])
        let byName = Dictionary(entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byName["Fonds monétaire international"]?.mentions.map(\.text) == ["Fonds monétaire international", "FMI"])
        #expect(byName["Union africaine"]?.type == .org)
        #expect(byName["Irlande"]?.type == .place)
        #expect(byName["Vladimir Poutine"]?.mentions.map(\.text) == ["Vladimir Poutine", "Poutine"])
        #expect(byName["Russes"] == nil && byName["Cubains"] == nil && byName["Sommet"] == nil)
        #expect(!entities.contains { $0.name.contains("novembre") || $0.name == "Le" })
    }

    /// The entities of one short text, by name (first found wins).
    static func names(_ paragraphs: [String], title: String = "Nouvelles") -> [String: ExtractedEntity] {
        let entities = EntityExtractor().extract(title: title, paragraphs: paragraphs)
        return Dictionary(entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func institutionsGoOnWithLowerCaseAndListedComplements() {
        let found = Self.names([
            "Des chercheurs de l’Université des sciences médicales de La Havane et de l’Université centrale ont signé.",
            "Le ministère de l’Économie, de la Science et de l’Innovation a répondu à la Fédération cubaine de baseball.",
            "Le Mouvement des pays non alignés a reçu l’Union africaine et des représentants d’Irlande.",
            "Le Conseil de sécurité de l’ONU a été saisi. Le Conseil de sécurité d’adopter une résolution.",
        ])
        #expect(found["Université des sciences médicales de La Havane"]?.type == .org)
        #expect(found["ministère de l’Économie, de la Science et de l’Innovation"]?.type == .org)
        #expect(found["Science"] == nil && found["Innovation"] == nil)
        #expect(found["Fédération cubaine de baseball"]?.type == .org)
        #expect(found["Mouvement des pays non alignés"]?.type == .org)
        #expect(found["Union africaine"]?.type == .org)
        #expect(found["Conseil de sécurité de l’ONU"]?.mentions.map(\.text) == ["Conseil de sécurité de l’ONU", "Conseil de sécurité"])
    }

    @Test func namedFeaturesKeepTheirHead() {
        let found = Self.names([
            "Les combats dans la bande de Gaza et en mer Rouge inquiètent.",
            "Le pic Turquino, le passage du Vent et les îles Turques-et-Caïques, près du massif de Nipe-Sagua-Baracoa.",
            "Après le passage d’Omar, la paroisse de Saint Thomas a été touchée.",
        ])
        for name in ["bande de Gaza", "mer Rouge", "pic Turquino", "passage du Vent", "îles Turques-et-Caïques", "Nipe-Sagua-Baracoa", "Saint Thomas"] {
            #expect(found[name]?.type == .place, "\(name)")
        }
        #expect(found["passage d’Omar"] == nil)
    }

    @Test func commonWordsStartNoName() {
        let found = Self.names([
            "Il a dénoncé le titre III de la loi. L’ONG britannique Mundo Verde et l’ONG Solidar sont présentes.",
            "Baptisé Tainoa, le vaccin est prometteur. Le ministre de l’Économie et de la Planification, Jorge Ruiz, a parlé.",
        ])
        #expect(found["III"] == nil && found["ONG"] == nil && found["Planification"] == nil && found["Baptisé Tainoa"] == nil)
        #expect(found["Solidar"]?.type == .org)
        #expect(found["Jorge Ruiz"]?.type == .person)
    }

    @Test func namesAreTypedByTheirWordsAndTheirContext() {
        let found = Self.names([
            "Le boxeur a battu Arlen FC et World Karate à Villa Rocío, dans la Sierra Nevada et à San Pedro de los Pinos.",
            "Les chaînes espagnoles Solmar et Brisamar gèrent des hôtels ; le groupe de salsa Sonoros joue.",
            "Le morceau « Son Son » et l’argentin « Las olas del mar » ont plu au public, comme la route de La Cumbre.",
            "La présidente du jury, Lorena Beltrán Ocaña, a salué la mémoire de Hugo Chávez. Chávez était venu.",
            "La COP30 aura lieu en 2025, et la foire BioExpo 2026 en novembre.",
        ])
        #expect(found["Arlen FC"]?.type == .org && found["World Karate"]?.type == .org)
        #expect(found["Villa Rocío"]?.type == .place && found["Sierra Nevada"]?.type == .place)
        #expect(found["San Pedro de los Pinos"]?.type == .place)
        #expect(found["Solmar"]?.type == .org && found["Brisamar"]?.type == .org && found["Sonoros"]?.type == .org)
        #expect(found["Son Son"]?.type == .misc && found["Las olas del mar"]?.type == .misc)
        #expect(found["La Cumbre"]?.type == .place)
        #expect(found["Lorena Beltrán Ocaña"]?.type == .person)
        #expect(found["Hugo Chávez"]?.mentions.count == 2)
        #expect(found["COP30"]?.type == .misc && found["BioExpo 2026"]?.type == .misc)
    }

    @Test func shortFormsJoinTheFullName() {
        let found = Self.names([
            "Dalia Ferrer Soto a gagné. Dalia Ferrer et Zhao Leji ont parlé ; Zhao a souri, Ferrer aussi.",
            "Le Commandement Sud des États-Unis (Southcom) est accusé. Le Caire et la Cinémathèque de Cuba répondent.",
            "Au Caire, la foire BioExpo 2026 a ouvert, et BioExpo a plu.",
        ])
        #expect(found["Dalia Ferrer Soto"]?.mentions.map(\.text) == ["Dalia Ferrer Soto", "Dalia Ferrer", "Ferrer"])
        #expect(found["Zhao Leji"]?.mentions.count == 2)
        #expect(found["Commandement Sud des États-Unis"]?.mentions.map(\.text) == ["Commandement Sud des États-Unis", "Southcom"])
        #expect(found["Le Caire"]?.mentions.count == 2)
        #expect(found["Cinémathèque de Cuba"]?.type == .org)
        #expect(found["BioExpo 2026"]?.mentions.map(\.text) == ["BioExpo 2026", "BioExpo"])
    }

    @Test func complementsAndExpansionsStopWhereTheNameDoes() {
        let found = Self.names([
            "Il appelle au dialogue entre l’Union des États de l’Atlantique et l’ABC. Le Festival international Lumbre s’ouvrira demain.",
            "La Mission intégrée des Nations unies pour la paix au Kivu (MIPK) est partie. Le Parti Aurore et Renouveau (Aurore) gagne.",
            "Le Haut-Commissariat des Nations unies pour les migrants (HCNUM) et la Charte du Fouta-Djalon sont cités.",
            "Le ministre de l’Eau, Jorge Ruiz, et le vice-ministre du Pétrole, Luis Peña, ont parlé au Congrès national.",
            "Le Premier9 de la Confédération mondiale de pelote a eu lieu à l’Estadio Tropical de La Havane.",
        ])
        #expect(found["Union des États de l’Atlantique"]?.type == .org && found["ABC"]?.type == .org)
        #expect(found["Festival international Lumbre"]?.type == .misc)
        #expect(found["Mission intégrée des Nations unies pour la paix au Kivu"]?.mentions.count == 2)
        #expect(found["Parti Aurore et Renouveau"]?.mentions.map(\.text) == ["Parti Aurore et Renouveau", "Aurore"])
        #expect(found["Haut-Commissariat des Nations unies pour les migrants"]?.type == .org)
        #expect(found["Charte du Fouta-Djalon"]?.type == .misc)
        #expect(found["Eau"] == nil && found["Pétrole"] == nil && found["Congrès national"]?.type == .org)
        #expect(found["Premier9 de la Confédération"] == nil && found["La Havane"]?.type == .place)
    }

    @Test func placesTeamsPeopleAndWorksByTheirShape() {
        let found = Self.names([
            "La crise frappe l’Afrique de l’Ouest et San Pedro Tula, où le Burkina Faso envoie de l’aide.",
            "Les Jaguares de Granma ont battu les Tigres de Holguín. L’Américain Jack Lorne et le Cubain Aldo Ferrán lisent.",
            "Elle a reçu le prix Nicolás Guillén de poésie. On projette The Man and the River dans le Parc national Aldo de Brea.",
            "Le porte-parole du département d’État a parlé. Elena Lucía Varela Pons a gagné ; Varela Pons et Varela sourient.",
            "Li Mingzhe dirige la banque. « Nous sommes prêts », a dit Li. Carlos Ruiz de Tolosa est venu ; Ruiz de Tolosa parle.",
        ])
        #expect(found["Afrique de l’Ouest"]?.type == .place && found["San Pedro Tula"]?.type == .place)
        #expect(found["Jaguares de Granma"]?.type == .org && found["Tigres de Holguín"]?.type == .org)
        #expect(found["Jack Lorne"]?.type == .person && found["Aldo Ferrán"]?.type == .person)
        #expect(found["prix Nicolás Guillén"]?.type == .misc)
        #expect(found["The Man and the River"] != nil && found["Parc national Aldo de Brea"]?.type == .place)
        #expect(found["département d’État"]?.type == .org)
        #expect(found["Elena Lucía Varela Pons"]?.mentions.count == 3)
        #expect(found["Li Mingzhe"]?.mentions.count == 2 && found["Carlos Ruiz de Tolosa"]?.mentions.count == 2)
    }

    @Test func acronymsExpansionsAndLeadersGiveOrganisations() {
        let found = Self.names([
            "L’UEDPA a tenu sa session. L’Union économique des Pays de l’Atlantique siège à Dakar ; l’ONU et les Nations unies aussi.",
            "La Nouvelle agence de coopération (NAC), le Programme élargi de nutrition (PEN) et le Programme alimentaire mondial (PAM) aident.",
            "Le Zorbal, dirigé par Juan Pérez, a protesté. Le groupe de Tianjin investit. Le Centre pour la paix a ouvert.",
            "Selon le quotidien Granma, le directeur des Tigres, Mario Soto, est content.",
        ])
        #expect(found["Union économique des Pays de l’Atlantique"]?.mentions.count == 2)
        #expect(found["Organisation des Nations unies"] == nil && found["Nations unies"]?.mentions.count == 2)
        #expect(found["Nouvelle agence de coopération"]?.type == .org && found["Programme élargi de nutrition"]?.type == .misc)
        #expect(found["Programme alimentaire mondial"]?.type == .org)
        #expect(found["Zorbal"]?.type == .org && found["Tianjin"]?.type != .org && found["Centre"] == nil)
        #expect(found["Granma"]?.type == .org && found["Tigres"]?.type != .person)
    }

    @Test func shortFormsTitlesAndSurnamesKeepTheirType() {
        let found = Self.names([
            "Le Festival international Lumbre Caribe s’ouvre. Le Festival Lumbre Caribe durera une semaine.",
            "Hommage à Marlow. L’Américain Ernest Marlow a vécu ici ; Marlow écrivait à Cojimarito.",
            "Elle a été primée pour « Les Nuits du vent ». « Les Cubains résisteront », a-t-il dit.",
        ])
        #expect(found["Festival international Lumbre Caribe"]?.mentions.count == 2)
        #expect(found["Ernest Marlow"]?.type == .person && found["Ernest Marlow"]?.mentions.count == 3)
        #expect(found["Les Nuits du vent"]?.type == .misc && found["Les Cubains résisteront"] == nil)
    }

    /// Our own annotated sets (Tests/KiosqueCorpusTests/…, see each README): typed F1 over each
    /// set stays above a floor a little under its score, so that a rule that breaks them fails
    /// here (the figures to quote come from `Benchmarks/entities/score.sh`).
    @Test(arguments: [("Fixtures", 0.95), ("Holdout", 0.88), ("Holdout2", 0.88), ("Holdout3", 0.90), ("Holdout4", 0.82), ("Holdout5", 0.90), ("Holdout6", 0.91), ("Holdout7", 0.93), ("Holdout8", 0.87), ("Holdout9", 0.89), ("Holdout10", 0.84), ("Holdout11", 0.84), ("Holdout12", 0.84), ("Holdout13", 0.82), ("Holdout14", 0.86), ("Holdout15", 0.81), ("Holdout16", 0.78), ("Holdout17", 0.84), ("Holdout18", 0.85), ("Holdout19", 0.71), ("Holdout20", 0.78), ("Holdout21", 0.82), ("Holdout22", 0.79), ("Holdout23", 0.73), ("Holdout24", 0.64), ("Holdout25", 0.78), ("Holdout26", 0.81), ("Holdout27", 0.75), ("Holdout28", 0.82), ("Holdout30", 0.75), ("Holdout31", 0.76), ("Holdout32", 0.77), ("Holdout33", 0.74), ("Holdout34", 0.75), ("Holdout35", 0.81), ("Holdout36", 0.84), ("Holdout37", 0.77), ("Holdout38", 0.83), ("Holdout39", 0.67), ("Holdout40", 0.77), ("Holdout41", 0.86), ("Holdout42", 0.73), ("Holdout43", 0.78), ("Holdout44", 0.82), ("Holdout45", 0.68), ("Holdout46", 0.77), ("Holdout47", 0.79), ("Holdout48", 0.75), ("Holdout49", 0.78), ("Holdout50", 0.82), ("Holdout51", 0.82), ("Holdout52", 0.82), ("Holdout53", 0.85), ("Holdout54", 0.86), ("Holdout55", 0.85), ("Holdout56", 0.87), ("Holdout57", 0.80), ("Holdout58", 0.91), ("Holdout59", 0.88), ("Holdout60", 0.93), ("Holdout61", 0.80), ("Holdout62", 0.91), ("Holdout63", 0.84), ("Holdout64", 0.90), ("Holdout65", 0.89), ("Holdout66", 0.89), ("Holdout67", 0.82), ("Holdout68", 0.90), ("Holdout69", 0.81), ("Holdout70", 0.85), ("Holdout71", 0.81), ("Holdout72", 0.84), ("Holdout73", 0.82), ("Holdout74", 0.87), ("Holdout75", 0.84), ("Holdout76", 0.92), ("Holdout77", 0.82), ("Holdout78", 0.84), ("Holdout79", 0.83), ("Holdout80", 0.91), ("Holdout81", 0.86), ("Holdout82", 0.87), ("Holdout83", 0.87), ("Holdout84", 0.82), ("Holdout85", 0.78), ("Holdout86", 0.80), ("Holdout87", 0.81), ("Holdout88", 0.82), ("Holdout89", 0.81), ("Holdout90", 0.84), ("Holdout91", 0.76), ("Holdout92", 0.79), ("Holdout93", 0.78), ("Holdout94", 0.88), ("Holdout95", 0.78), ("Holdout96", 0.84), ("Holdout97", 0.87), ("Holdout98", 0.83), ("Holdout99", 0.85), ("Holdout100", 0.83), ("Holdout101", 0.77), ("Holdout102", 0.87), ("Holdout103", 0.79), ("Holdout104", 0.81), ("Holdout105", 0.78), ("Holdout106", 0.80), ("Holdout107", 0.81), ("Holdout108", 0.83), ("Holdout109", 0.80), ("Holdout110", 0.87), ("Holdout111", 0.80), ("Holdout112", 0.82), ("Holdout113", 0.84), ("Holdout114", 0.86), ("Holdout115", 0.80), ("Holdout116", 0.88), ("Holdout117", 0.83), ("Holdout118", 0.82), ("Holdout119", 0.80), ("Holdout120", 0.84), ("Holdout121", 0.77), ("Holdout122", 0.89), ("Holdout123", 0.77), ("Holdout124", 0.83), ("Holdout125", 0.89), ("Holdout126", 0.83), ("Holdout127", 0.77), ("Holdout128", 0.86), ("Holdout129", 0.80), ("Holdout130", 0.85), ("Holdout131", 0.82), ("Holdout132", 0.78), ("Holdout133", 0.80), ("Holdout134", 0.84), ("Holdout135", 0.82), ("Holdout136", 0.82), ("Holdout137", 0.83), ("Holdout138", 0.84), ("Holdout139", 0.83), ("Holdout140", 0.81), ("Holdout141", 0.81), ("Holdout142", 0.88), ("Holdout143", 0.83), ("Holdout144", 0.87), ("Holdout145", 0.79), ("Holdout146", 0.82), ("Holdout147", 0.82), ("Holdout148", 0.77), ("Holdout149", 0.85), ("Holdout150", 0.84), ("Holdout151", 0.79), ("Holdout152", 0.89), ("Holdout153", 0.80), ("Holdout154", 0.81), ("Holdout155", 0.84), ("Holdout156", 0.89), ("Holdout157", 0.82), ("Holdout158", 0.89), ("Holdout159", 0.79), ("Holdout160", 0.81), ("Holdout161", 0.75), ("Holdout162", 0.82), ("Holdout163", 0.79), ("Holdout164", 0.87), ("Holdout165", 0.81), ("Holdout166", 0.88), ("Holdout167", 0.84), ("Holdout168", 0.85), ("Holdout169", 0.86), ("Holdout170", 0.82), ("Holdout171", 0.91), ("Holdout172", 0.84), ("Holdout173", 0.81), ("Holdout174", 0.84), ("Holdout175", 0.87), ("Holdout176", 0.91), ("Holdout177", 0.86)])
    func ownArticlesTypedF1(set: String, floor: Double) async throws {
        // (Extraction of a whole set: off the cooperative pool, see `OwnThread`.)
        let score = try await OwnThread.run { () throws -> (articles: Int, precision: Double, recall: Double, f1: Double) in
            let fixtures = "Tests/KiosqueCorpusTests/" + set
            let corpus = try Self.corpus([try PackageRoot.path(fixtures + "/articles")])
            var truePositives = 0, falsePositives = 0, falseNegatives = 0
            for article in corpus.articles {
                let base = (article.origin.path as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: "")
                let gold = Self.goldEntities(try PackageRoot.jsonObject(fixtures + "/gold/\(base).json"))
                let optional = Set(gold.filter(\.optional).flatMap { [$0.canonical] + $0.mentions }.map(TextFolding.foldName))
                var unmatched = gold.filter { !$0.optional }
                for entity in corpus.entities(inArticle: article.id) {
                    let names = Set(entity.mentions.map { TextFolding.foldName($0.text) } + [TextFolding.foldName(corpus.entity(id: entity.entityID)?.name ?? "")])
                    if let index = unmatched.firstIndex(where: { gold in
                        gold.type == entity.type.rawValue && !names.isDisjoint(with: Set(([gold.canonical] + gold.mentions).map(TextFolding.foldName)))
                    }) {
                        unmatched.remove(at: index)
                        truePositives += 1
                    } else if names.isDisjoint(with: optional) {
                        falsePositives += 1
                    }
                }
                falseNegatives += unmatched.count
            }
            let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
            let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
            let f1 = 2 * precision * recall / max(0.0001, precision + recall)
            return (corpus.articles.count, precision, recall, f1)
        }
        #expect(score.articles >= 5)
        #expect(score.f1 >= floor, "\(set): typed F1 \(score.f1) (P \(score.precision), R \(score.recall))")
    }
}
