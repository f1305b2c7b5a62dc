@testable import KiosqueCorpus
import Testing

/// `TokenCursor` answers nil past either end instead of trapping, and span rules are tried in
/// the order `SpanPipeline` declares.
@Suite struct TokenCursorTests {
    @Test func looksPastEitherEndAnswerNil() {
        let tokens = NameToken.tokenize("La Havane.")
        var cursor = TokenCursor(tokens, at: 0)
        #expect(cursor.peek()?.folded == "la")
        #expect(cursor.peek(1)?.folded == "havane")
        #expect(cursor.peek(-1) == nil)
        #expect(cursor.peek(3) == nil)
        #expect(cursor.isCapitalised(1))
        #expect(!cursor.isCapitalised(5))
        #expect(cursor.position(2) == 2 && cursor.position(3) == nil)
        cursor.advance(by: 10)
        #expect(!cursor.isInside)
        #expect(cursor.peek() == nil)
        cursor.advance(by: -20)
        #expect(!cursor.isInside)
        #expect(cursor.peek(1)?.folded == "la")
    }

    @Test func eachRuleIsDeclaredOnce() {
        let start = SpanPipeline.startRules.map { String(describing: $0) }
        let run = SpanPipeline.runRules.map { String(describing: $0) }
        #expect(Set(start).count == start.count && Set(run).count == run.count)
        // Known names are looked up before any shape rule, and the plain run comes last.
        #expect(start.firstIndex(of: "GazetteerRule") ?? 99 < start.firstIndex(of: "InstitutionHeadRule") ?? 0)
        #expect(run.last == "ClassifiedRunRule")
    }

    @Test func aRuleDecidesAtItsToken() {
        let finder = SpanFinder(text: "Il a visité la mer de Vorlanie, puis Lyon.", field: .paragraph(0))
        let sea = finder.tokens.firstIndex { $0.folded == "mer" } ?? 0
        guard case .name(let candidate, let next) = NamedFeatureRule.decide(at: TokenCursor(finder.tokens, at: sea), in: finder) else {
            Issue.record("no feature name at `mer`")
            return
        }
        #expect(candidate.text == "mer de Vorlanie" && candidate.type == .place)
        #expect(finder.tokens[next].symbol == ",")
        guard case .pass = NamedFeatureRule.decide(at: TokenCursor(finder.tokens, at: 0), in: finder) else {
            Issue.record("`Il` is no feature noun")
            return
        }
    }
}
