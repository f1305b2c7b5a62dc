@testable import KiosqueCorpus
import Foundation
import KiosqueTestSupport
import Testing

/// `SpanFinder.mayStartName` skips the span rules at most lower-case words and at most
/// capitalised common words (`Le`, `Selon`): past its test of a capital near a lower-case word
/// (`hasCapitalNearOrNamesWithout`), it lets through every word at which they would name, on
/// the annotated sets and on invented sentences with each kind of start, and the rules that
/// name from such words are the listed ones (`SpanPipeline.lowerCaseStartRules`,
/// `SpanPipeline.commonWordStartRules`).
@Suite struct NameStartFilterTests {
    /// Invented sentences, one or more per lower-case start (`SpanPipeline.lowerCaseStartRules`).
    private static let sentences = [
        "Il vit à la Havane depuis 2010, près du Caire et de Las Vegas.",
        "Le navire croise en mer de Kestrel, puis dans la vallée de la Vorlane et la rue Le Vorlan.",
        "Il a atterri à l’aéroport international de Vorlac, puis à l’aéroport Kestrel-Marnaud.",
        "Un accident sur la route nationale 138 a bloqué la route 12 pendant deux heures.",
        "Elle souffre de la maladie de Vorlan et du syndrome d’Ardelmont.",
        "Le ministère de la Santé publique et le ministère des Affaires étrangères de Vorlanie.",
        "Le tribunal correctionnel de Vorlac a jugé l’affaire ; la cour d’appel de Kestrel aussi.",
        "Le département d’État a réagi, comme le conseil municipal de Marnaud.",
        "Elle a reçu le prix Kestrel Vorlan et défendu la loi Marnaud devant la chambre.",
        "Le site hub.vorlan et la page vorlan.org sont en ligne.",
        "la Havane, le Caire : des villes ; le golfe du Vorlan et le pont Marnaud.",
        "La Havane accueille le Ministère de la Santé et la République populaire de Chine.",
        "Pendant la Première Guerre mondiale, la sonde vers Mars n’existait pas.",
        "Selon le Centre national des ouragans de Vorlac, Il pleut. En.marche est un site.",
        "Les Heures creuses, le nouveau film de Léa Vorlan, sort demain.",
    ]

    /// Every title and paragraph of the annotated sets (`Tests/KiosqueCorpusTests/Fixtures`,
    /// `Holdout*`), then the invented sentences, each with its field.
    private static func texts() throws -> [(String, TextField)] {
        let root = try PackageRoot.path("Tests/KiosqueCorpusTests")
        let sets = try FileManager.default.contentsOfDirectory(atPath: root)
            .filter { $0 == "Fixtures" || $0.hasPrefix("Holdout") }
            .map { root + "/" + $0 + "/articles" }
        var texts: [(String, TextField)] = sentences.map { ($0, .paragraph(0)) }
        let corpus = try CorpusLoader.load(paths: sets)
        for article in corpus.articles {
            texts.append((article.title, .title))
            texts += article.paragraphs.strings.enumerated().map { ($0.element, .paragraph($0.offset)) }
        }
        return texts
    }

    private static func isLowerCaseWord(_ token: NameToken) -> Bool {
        token.isWord && !token.isCapitalized && !token.isAcronym
    }

    /// A capitalised word at which `CommonWordRule` ends the search.
    private static func isCommonWord(_ finder: SpanFinder, at index: Int) -> Bool {
        let token = finder.tokens[index]
        return token.isWord && token.isCapitalized && CommonWordRule.endsSearch(at: TokenCursor(finder.tokens, at: index))
    }

    @Test func everyNameFromALowerCaseWordIsLetThrough() async throws {
        let scan = try await OwnThread.run { () throws -> (counts: [Int], wronglySkipped: [String]) in
            var lowerCaseNames = 0, commonWordNames = 0, skipped = 0, skippedCommonWords = 0
            var wronglySkipped: [String] = []
            for (text, field) in try Self.texts() {
                let finder = SpanFinder(text: text, field: field)
                for index in finder.tokens.indices {
                    if finder.mayStartName(at: index) {
                        guard finder.span(at: index) != nil else { continue }
                        if Self.isLowerCaseWord(finder.tokens[index]) { lowerCaseNames += 1 }
                        if Self.isCommonWord(finder, at: index) { commonWordNames += 1 }
                    } else if !Self.isLowerCaseWord(finder.tokens[index]) || finder.hasCapitalNearOrNamesWithout(at: index) {
                        skipped += 1
                        if Self.isCommonWord(finder, at: index) { skippedCommonWords += 1 }
                        if finder.span(at: index) != nil { wronglySkipped.append("\(finder.tokens[index].folded) in \(text)") }
                    }
                }
            }
            return ([lowerCaseNames, commonWordNames, skipped, skippedCommonWords], wronglySkipped)
        }
        #expect(scan.wronglySkipped.isEmpty, "\(scan.wronglySkipped.prefix(10))")
        #expect(scan.counts[0] >= 30)
        #expect(scan.counts[1] >= 30)
        #expect(scan.counts[2] > 10_000)
        #expect(scan.counts[3] > 1_000)
    }

    /// The start rules before `CapitalisedStartRule` that name from a lower-case word are
    /// `DottedNameRule` and the listed ones, each from one of its `lowerCaseStarts` and only
    /// where its `mayName` holds; each listed rule names at least once.
    @Test func onlyTheListedRulesNameFromALowerCaseWord() async throws {
        let rules = SpanPipeline.startRules.prefix { ObjectIdentifier($0) != ObjectIdentifier(CapitalisedStartRule.self) }
        #expect(rules.count < SpanPipeline.startRules.count)
        let scan = try await OwnThread.run { () throws -> (named: Set<ObjectIdentifier>, problems: [String]) in
            var named: Set<ObjectIdentifier> = [], problems: [String] = []
            for (text, field) in try Self.texts() {
                let finder = SpanFinder(text: text, field: field)
                for index in finder.tokens.indices where Self.isLowerCaseWord(finder.tokens[index]) {
                    let cursor = TokenCursor(finder.tokens, at: index)
                    for rule in rules {
                        guard case .name = rule.decide(at: cursor, in: finder) else { continue }
                        named.insert(ObjectIdentifier(rule))
                        if ObjectIdentifier(rule) == ObjectIdentifier(DottedNameRule.self) { continue }
                        let listed = SpanPipeline.lowerCaseStartRules.first { ObjectIdentifier($0) == ObjectIdentifier(rule) }
                        guard let listed else { problems.append("\(rule) names from \(finder.tokens[index].folded)"); continue }
                        if !(listed.lowerCaseStarts.contains(finder.tokens[index]) && listed.mayName(fromLowerCaseAt: cursor)) {
                            problems.append("\(rule) at \(finder.tokens[index].folded) in \(text)")
                        }
                    }
                }
            }
            return (named, problems)
        }
        #expect(scan.problems.isEmpty, "\(scan.problems.prefix(10))")
        for rule in SpanPipeline.lowerCaseStartRules {
            #expect(scan.named.contains(ObjectIdentifier(rule)), "\(rule) never named from a lower-case word")
        }
        #expect(scan.named.contains(ObjectIdentifier(DottedNameRule.self)))
    }

    /// The start rules before `CommonWordRule` that name from a capitalised common word are the
    /// listed ones, each from one of its `commonWordStarts` (when it has them) and only where
    /// its `mayName` holds.
    @Test func onlyTheListedRulesNameFromACommonWord() async throws {
        let rules = SpanPipeline.startRules.prefix { ObjectIdentifier($0) != ObjectIdentifier(CommonWordRule.self) }
        #expect(rules.count < SpanPipeline.startRules.count)
        let scan = try await OwnThread.run { () throws -> (named: Set<ObjectIdentifier>, problems: [String]) in
            var named: Set<ObjectIdentifier> = [], problems: [String] = []
            for (text, field) in try Self.texts() {
                let finder = SpanFinder(text: text, field: field)
                for index in finder.tokens.indices where Self.isCommonWord(finder, at: index) {
                    let cursor = TokenCursor(finder.tokens, at: index)
                    for rule in rules {
                        guard case .name = rule.decide(at: cursor, in: finder) else { continue }
                        named.insert(ObjectIdentifier(rule))
                        let listed = SpanPipeline.commonWordStartRules.first { ObjectIdentifier($0) == ObjectIdentifier(rule) }
                        guard let listed else { problems.append("\(rule) names from \(finder.tokens[index].folded)"); continue }
                        if !((listed.commonWordStarts?.contains(finder.tokens[index]) ?? true) && listed.mayName(fromCommonWordAt: cursor)) {
                            problems.append("\(rule) at \(finder.tokens[index].folded) in \(text)")
                        }
                    }
                }
            }
            return (named, problems)
        }
        #expect(scan.problems.isEmpty, "\(scan.problems.prefix(10))")
        // (Some listed rules name from none of today's common words: `SaintPlaceRule`, …)
        #expect(scan.named.count >= 5)
    }
}
