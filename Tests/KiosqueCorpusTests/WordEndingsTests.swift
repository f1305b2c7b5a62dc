@testable import KiosqueCorpus
import Testing

/// `WordEndings` answers as `hasSuffix` over its list does.
@Suite struct WordEndingsTests {
    private static let words = ["cubaine", "vorlanais", "kestrelois", "monetaire", "regional", "regionaux", "national",
                                "e", "", "ais", "is", "québécois", "vorlanaise", "orvanien", "orvaniennes", "mouvement",
                                "quebecoises", "ile", "ol", "garçon", "été", "iste", "ophones", "x", "marché"]

    @Test func agreesWithHasSuffixOnEveryList() {
        let lists = [Lexicon.adjectiveEndings, Lexicon.demonymEndings, Lexicon.singularDemonymEndings, Lexicon.relationalEndings]
        var matched = 0
        for list in lists {
            let endings = WordEndings(list)
            for word in Self.words + list + list.map({ "vorl" + $0 }) {
                let expected = list.contains { word.hasSuffix($0) }
                #expect(endings.end(word) == expected, "\(word)")
                if expected { matched += 1 }
            }
        }
        #expect(matched > 100)
    }

    @Test func nonASCIIEndingsFallBackToHasSuffix() {
        let endings = WordEndings(["é", "ée"])
        #expect(endings.end("marché"))
        #expect(endings.end("entrée"))
        #expect(!endings.end("marche"))
    }
}
