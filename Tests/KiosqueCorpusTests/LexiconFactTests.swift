@testable import KiosqueCorpus
import Testing

/// A token's lexicon bits, set once when it is tokenized, give the same answers as asking
/// the word lists themselves.
@Suite struct LexiconFactTests {
    /// Every word of every list written as a text (multi-word entries joined by hyphens, which
    /// fold to spaces), with invented words and marks around them.
    private static let sample: [NameToken] = {
        var words: [String] = ["Vorlane", "Kestrelmond", "Marc-Antoine", "Léa-Vorlan", "l’Orvane", "d’Ardel", "N’Vorel"]
        for fact in LexiconFact.allCases {
            words += (fact.list?.members ?? []).map { String($0.map { $0 == " " ? "-" : $0 }) }
        }
        words += Lexicon.classNouns.allKeys
        return NameToken.tokenize(words.joined(separator: " , ") + " « » ( ) & ; !")
    }()

    @Test func everyFactAgreesWithItsList() {
        var checked = 0
        for token in Self.sample {
            for fact in LexiconFact.allCases {
                guard let list = fact.list else { continue }
                #expect(token.has(fact) == list.contains(token.folded), "\(fact) \(token.folded)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test func everyListMemberHasItsBit() {
        for fact in LexiconFact.allCases {
            guard let list = fact.list else { continue }
            let found = Self.sample.filter { $0.has(fact) }.map(\.folded)
            // (Members with an apostrophe or another mark tokenize as several tokens.)
            let single = list.members.filter { member in member.unicodeScalars.allSatisfy { ScalarClass.isWord($0) || $0 == " " } }
            #expect(Set(single).isSubset(of: Set(found)), "\(fact)")
        }
    }

    @Test func classNounTypesAndGivenNamesAgreeWithTheLexicon() {
        var classNouns = 0
        for token in Self.sample where token.isWord {
            #expect(token.classNounType == Lexicon.classNouns[token.folded], "\(token.folded)")
            #expect(token.isGivenName == Lexicon.isGivenName(token.folded), "\(token.folded)")
            if token.classNounType != nil { classNouns += 1 }
        }
        #expect(classNouns > 50)
        let compound = NameToken.tokenize("Marc-Antoine")
        #expect(compound.count == 1 && compound[0].isGivenName)
    }

    /// A token's fold turns hyphens into spaces (`Sud-Est` → `sud est`): a list key written with a
    /// hyphen would never match one.
    @Test func noListKeyHoldsAHyphen() {
        var lists = LexiconFact.allCases.compactMap { fact in fact.list.map { ("\(fact)", $0) } }
        lists += [("regionAdjectives", Lexicon.regionAdjectives), ("stateHeads", Lexicon.stateHeads),
                  ("sentenceAdverbs", Lexicon.sentenceAdverbs), ("nameInnerConnectors", Lexicon.nameInnerConnectors)]
        for (name, list) in lists {
            #expect(!list.members.contains { $0.contains("-") }, "\(name)")
        }
    }

    @Test func aWordInNoListHasNoBit() {
        let tokens = NameToken.tokenize("Kestrelmondo vrolaxe.")
        #expect(tokens.allSatisfy { $0.facts == 0 })
    }
}
