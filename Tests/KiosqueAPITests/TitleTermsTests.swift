import Foundation
@testable import KiosqueAPI
import KiosqueCorpus
import KiosqueText
import Testing

/// A title's content stems (similar articles), found word by word with each distinct word
/// analysed once: the same stems, in the same order, as the analyzer gives the whole title.
@Suite struct TitleTermsTests {
    static let titles = [
        "L’Élysée répond à la porte-parole de Saint-Quérel-sur-Lône",
        "Aujourd'hui, l'ONU et le G7 parlent d’économie en 2024",
        "Les élections : « Marivelle » gagne, Marivelle perd… Marivelle !",
        "Crème brûlée et cafe\u{301} : l’été des pâtissiers à Tornevoix",
        "Qu’en dira-t-on ? Vingt-et-un jours pour l’arrière-pays",
        "Données 3D, 5G et vols A320neo au-dessus de l'Atlantique",
        "ÉNORMES INONDATIONS À VERQUELLES-LES-BAINS, LES SECOURS DÉBORDÉS",
        "Ελλάδα et Кириллица : des mots d’ailleurs 🌍 pour un titre",
    ]

    @Test func wordByWordGivesTheWholeTitlesStems() throws {
        let corpus = try Self.corpus()
        let terms = SimilarArticles.titleTerms(corpus)
        for (position, article) in corpus.articles.enumerated() {
            var expected: [String] = []
            for token in FrenchAnalyzer().analyze(article.title)
            where !token.isStopWord && token.folded.count >= 3 && !expected.contains(token.stem) {
                expected.append(token.stem)
            }
            #expect(!expected.isEmpty)
            #expect(terms.words(at: position) == expected, "\(article.title)")
        }
    }

    /// Suggestions' title words, folded word by word (split by scalars, each distinct word once):
    /// the words of the whole title cut at spaces and hyphens, elided, then folded at once.
    @Test func titleWordsAreTheWholeTitlesFold() throws {
        let corpus = try Self.corpus()
        let words = SearchRoutes.titleWords(corpus)
        for (position, article) in corpus.articles.enumerated() {
            let elided = article.title.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" }).map { Elision.elide(String($0)) }
            let expected = TextFolding.foldAccents(elided.joined(separator: " ")).split(separator: " ").map(String.init)
            #expect(!expected.isEmpty)
            #expect(words.words(at: position) == expected, "\(article.title)")
        }
        #expect(words.words(at: 0) == ["elysee", "repond", "a", "la", "porte", "parole", "de", "saint", "querel", "sur", "lone"])
    }

    /// Lists numbered in parts (one per thread) and joined: the vocabulary and numbers one pass
    /// over all the lists gives, words first met in a later part numbered after the earlier parts'.
    @Test func partsJoinAsOnePass() {
        let lists = [["havane", "port"], [], ["port", "sucre", "havane"], ["zafra"], ["sucre", "zafra", "cayo"], ["cayo"]]
        let whole = TermLists(lists)
        for cut in 0...lists.count {
            var parts: [TermLists.Part] = []
            for range in [0..<cut, cut..<lists.count] {
                var part = TermLists.Part()
                for list in lists[range] {
                    for word in list { part.append(part.number(word)) }
                    part.endList()
                }
                parts.append(part)
            }
            let joined = TermLists(joining: parts)
            #expect(joined.vocabulary == whole.vocabulary, "cut at \(cut)")
            #expect(joined.count == lists.count)
            for index in lists.indices {
                #expect(joined.words(at: index) == lists[index])
                #expect(Array(joined[index]) == Array(whole[index]))
            }
        }
        #expect(whole.vocabulary == ["havane", "port", "sucre", "zafra", "cayo"])
    }

    /// Every title twice, so that the second reading of each word comes from the cache.
    private static func corpus() throws -> Corpus {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-titles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try (Self.titles + Self.titles.reversed()).enumerated().map { index, title in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": "titre-\(index)", "title": title,
                                                                         "paragraphs": ["Un paragraphe \(index)."]]), as: UTF8.self)
        }
        let path = directory.appendingPathComponent("titles.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader.load(paths: [path])
        try #require(corpus.articles.count == 2 * titles.count)
        return corpus
    }
}
