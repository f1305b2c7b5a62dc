@testable import KiosqueCorpus
import Testing

/// Issue 20's cues between bodies and things on invented names: a publisher or a team in
/// brackets, the work a tome or a reissue belongs to, an airline, a firm's English suffix, a
/// manufacture in apposition.
@Suite struct OrgMiscCueTests {
    static func types(_ paragraphs: [String]) -> [String: EntityType] {
        TypeEvidenceTests.types(paragraphs)
    }

    @Test func anObservanceKeepsWhatItIsForOrAgainst() {
        let found = Self.types([
            "Pour la Journée mondiale sans quelmoxe, la Journée internationale pour l’élimination de la brelvite obstétricale "
                + "et l’Année internationale du vorlesse, les centres ont ouvert.",
        ])
        #expect(found["Journée mondiale sans quelmoxe"] == .misc)
        #expect(found["Journée internationale pour l’élimination de la brelvite obstétricale"] == .misc)
        #expect(found["Année internationale du vorlesse"] == .misc)
    }

    @Test func aCodeOfCapitalsAndANumberAfterAHyphenIsAThing() {
        let found = Self.types(["Le capteur QX-7 détecte le mildiou, la variété VR-2 domine, et l’ONU Quelmar surveille."])
        #expect(found["QX-7"] == .misc)
        #expect(found["VR-2"] == .misc)
    }

    @Test func aSpanishJournalIsAWork() {
        let found = Self.types(["L’étude paraît dans la Revista Quelmareña de Ciencias Brelvanas, publiée à Vorlac."])
        #expect(found["Revista Quelmareña de Ciencias Brelvanas"] == .misc)
    }

    @Test func circuitsGrandPrixBowlsAndCarnivalsAreEvents() {
        let found = EntityExtractorTests.names([
            "Elle a gagné le Quelmar Tour puis le Gran Premio Vorlesse avant la Brelvane Epic.",
            "Les Dravillo Bowl et Orvanne Stampede attirent du monde, comme le Carnaval de Kelmira.",
        ])
        #expect(found["Quelmar Tour"]?.type == .misc)
        #expect(found["Gran Premio Vorlesse"]?.type == .misc)
        #expect(found["Brelvane Epic"]?.type == .misc)
        #expect(found["Dravillo Bowl"]?.type == .misc)
        #expect(found["Orvanne Stampede"]?.type == .misc)
        #expect(found["Carnaval de Kelmira"]?.type == .misc)
    }

    @Test func aNameInBracketsAfterATitleOrASurnameIsABody() {
        let found = Self.types([
            "Le prix est revenu à Lina Morvaux pour « Les Eaux grises » (Martin Quelbec).",
            "Tomas Vorlind a devancé Yann Kervadec (Brelvane) de trois dixièmes.",
            "Le coureur Paul Dravel (Lyon) termine cinquième.",
        ])
        #expect(found["Martin Quelbec"] == .org)
        #expect(found["Brelvane"] == .org)
        #expect(found["Lyon"] == .place)  // where someone comes from
        #expect(found["Tomas Vorlind"] == .person)
    }

    @Test func theComplementOfATomeOrAReissueIsAWork() {
        let found = Self.types([
            "Le tome 40 de Brume Ardente s’est vendu à 300 000 exemplaires.",
            "L’éditeur mise sur la réédition de Korvanix en grand format.",
            "La saison du club Vellamor a mal commencé, et la saison 2 de Quelvane sort en mars.",
        ])
        #expect(found["Brume Ardente"] == .misc)
        #expect(found["Korvanix"] == .misc)
        #expect(found["Quelvane"] == .misc)
        #expect(found["Vellamor"] != .misc)  // a season without its number is a team's
    }

    @Test func firmWordsMakeABody() {
        let found = Self.types([
            "Une partie des volumes est réservée par Air Vellanor, qui s’est engagée sur dix ans.",
            "Il cite Marco Cars et Tessa Management parmi les clients, avec la manufacture Louis Dravenne.",
        ])
        #expect(found["Air Vellanor"] == .org)
        #expect(found["Marco Cars"] == .org)
        #expect(found["Tessa Management"] == .org)
        #expect(found["Louis Dravenne"] == .org)
    }

    @Test func shipsTrainsAndInstrumentsNamedAfterTheirKindAreThings() {
        let found = Self.types([
            "Le constructeur livrera huit rames Vorlia Duo, et le brise-glace Quelmark rentre au port.",
            "L’université a codéveloppé le spectrographe Brelnis.",
        ])
        #expect(found["Vorlia Duo"] == .misc)
        #expect(found["Quelmark"] == .misc)
        #expect(found["Brelnis"] == .misc)
    }

    @Test func festivalsFairsAndRacesAreEvents() {
        let found = Self.types([
            "La tournée passe par Vorlac, avant le salon des Vorlans Solutions en juillet.",
            "Il a remporté dimanche le Cross de la Dune Grise, puis le Salon du Vorlanin a ouvert.",
        ])
        #expect(found["Vorlans Solutions"] == .misc)  // not a firm, for all its suffix
        #expect(found["Cross de la Dune Grise"] == .misc)
        #expect(found["Salon du Vorlanin"] == .misc)
    }

    @Test func aKnownPlaceInsideANameOfThreeWordsMakesABody() {
        let found = Self.types([
            "Quelva France Lumière et la plateforme Vornix figurent parmi les acheteurs.",
            "Selon Inés Valencia Vorlez, la course a été rude.",
        ])
        #expect(found["Quelva France Lumière"] == .org)
        #expect(found["Inés Valencia Vorlez"] == .person)  // a given name first
    }
}
