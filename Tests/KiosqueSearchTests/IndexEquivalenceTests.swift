import KiosqueCorpus
@testable import KiosqueSearch
import KiosqueText
import Testing

/// The index analyses each distinct word once, on bytes, and builds its postings in flat
/// arrays on several threads: what it stores must be what `FrenchAnalyzer` gives for the
/// whole texts, token for token.
@Suite struct IndexEquivalenceTests {
    /// Texts where the word scanner and the analyzer could disagree.
    static let tricky = [
        "L’économie d'aujourd’hui, c'est l'État-providence : qu'il vienne jusqu’à Díaz-Canel.",
        "vice-premier ministre ; Jean-Pierre a-t-il dit « oui » ? -- tiret - seul, l' ' x'",
        "covid-19, 2020-2021, 3,5 %, n°12, x-y-z, a'b'c, l'’, ’quote, quote’, ʼmodifier, aʼb",
        "a\u{2010}b a\u{2011}b a\u{2019}b a\u{2018}b a\u{02BC}b a\u{2012}b",
        "Ελλάδα Москва 北京 東京都 한국어 עברית العربية हिन्दी ไทย",
        "emoji 👍🏽 test 🇫🇷 drapeau, e\u{301}cole, ﬁnance, ŒUVRE, Straße, ǅemal, Ⅻ, ½",
        "Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ, ℌ𝔢𝔩𝔩𝔬 𝟙𝟚𝟛, ゙゚",
        "",
        "   ",
        "É",
    ]

    static func document(_ id: Int, title: String, paragraphs: [String], entities: [String] = []) -> SearchDocument {
        SearchDocument(id: "d\(id)", title: title, paragraphs: paragraphs,
                       entities: entities.enumerated().map { (id: "e\($0.offset)", type: EntityType.allCases[$0.offset % 4], name: $0.element) },
                       source: nil, author: nil, month: nil, day: nil)
    }

    /// Random text over an alphabet of letters, accents, joiners, marks and other scripts.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        let pieces = ["a", "e", "é", "È", "ç", "œ", "Œ", "l", "L", "d", "qu", "Qu", "jusqu", "s", "t", "x", "Z", "1", "9",
                      "'", "’", "ʼ", "‘", "-", "‐", "‑", "–", " ", " ", " ", " ", "  ", ",", ".", "«", "»", "\n",
                      "\u{301}", "\u{308}", "ß", "ﬁ", "Ω", "ж", "中", "👍", "🏽", "\u{200D}", "🇫", "İ", "ǅ", "Ⅻ", "٣"]
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            String((0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "a" }.joined())
        }
    }

    /// Per document: stem → (packed term frequencies, positions), as the index was first built.
    static func reference(_ document: SearchDocument) -> (terms: [String: (UInt32, [UInt16])], lengths: [UInt32], words: Set<[String]>) {
        var terms: [String: (UInt32, [UInt16])] = [:]
        var lengths: [UInt32] = [0, 0, 0]
        var words: Set<[String]> = []
        var base = 0
        func add(_ text: String, field: Int) {
            let tokens = FrenchAnalyzer().analyze(text)
            var last = 0
            for token in tokens {
                var entry = terms[token.stem] ?? (0, [])
                let shift: UInt32 = field == 0 ? 24 : (field == 2 ? 16 : 0)
                let mask: UInt32 = field == 1 ? 0xFFFF : 0xFF
                if (entry.0 >> shift) & mask < mask { entry.0 += 1 << shift }
                let position = base + token.position
                if position < Int(UInt16.max), entry.1.last != UInt16(position) { entry.1.append(UInt16(position)) }
                terms[token.stem] = entry
                words.insert([token.folded, token.stem])
                last = max(last, token.position + 1)
            }
            lengths[field] += UInt32(tokens.count)
            base += last + SearchIndex.paragraphGap
        }
        add(document.title, field: 0)
        for paragraph in document.paragraphs { add(paragraph, field: 1) }
        for entity in document.entities { add(entity.name, field: 2) }
        return (terms, lengths, words)
    }

    /// The index's postings of one document, by stem: field score and positions.
    static func stored(_ index: SearchIndex, doc: Int) -> [String: (Float, [UInt16])] {
        var result: [String: (Float, [UInt16])] = [:]
        for (stem, term) in index.vocabulary.termIDs {
            for posting in index.postings.range(of: term) where index.postings.document(posting) == Int32(doc) {
                result[stem] = (index.postings.scores.score(posting, doc: doc), Array(index.postings.positions(of: posting)))
            }
        }
        return result
    }

    static func check(_ documents: [SearchDocument]) {
        let index = SearchIndex(documents: documents)
        let expected = documents.map(reference)
        let lengths = expected.flatMap(\.lengths)
        let norms = BM25(lengths: lengths, documentFrequencies: [], documentCount: documents.count).norms
        var pairs: Set<[String]> = []
        for (doc, document) in documents.enumerated() {
            pairs.formUnion(expected[doc].words)
            let actual = stored(index, doc: doc)
            #expect(Set(actual.keys) == Set(expected[doc].terms.keys), "document \(doc): \(document.paragraphs)")
            for (stem, value) in expected[doc].terms {
                // The field score as the query-time formula gives it, bit for bit once stored as a Float.
                let score = norms.withUnsafeBufferPointer { Float(BM25.fieldScore(value.0, norms: $0, doc: doc)) }
                #expect(actual[stem]?.0 == score && actual[stem]?.1 == value.1, "document \(doc), stem \(stem)")
            }
        }
        // Every word is indexed under exactly the terms its tokens had.
        let stems = Dictionary(uniqueKeysWithValues: index.vocabulary.termIDs.map { ($0.value, $0.key) })
        var stored: Set<[String]> = []
        for (position, word) in index.words.enumerated() {
            for term in index.vocabulary.terms(ofWord: position) { stored.insert([word, stems[term] ?? "?"]) }
        }
        #expect(stored == pairs)
        #expect(index.words == Array(Set(pairs.map { $0[0] })).sorted())
        #expect(index.scoring.norms == norms)
    }

    @Test func trickyTexts() {
        Self.check(Self.tricky.enumerated().map { Self.document($0.offset, title: $0.element, paragraphs: Self.tricky.shuffled(), entities: ["Díaz-Canel", "l'ONU"]) })
    }

    @Test func randomTexts() {
        let texts = Self.randomTexts(count: 600, seed: 7)
        // Enough documents for several chunks, so that the merge is exercised.
        Self.check((0..<200).map { doc in
            Self.document(doc, title: texts[doc], paragraphs: [texts[(doc * 7 + 1) % 600], texts[(doc * 13 + 2) % 600]],
                          entities: [texts[(doc * 3) % 600]])
        })
    }

    @Test func seeds() throws {
        Self.check(SearchDocument.documents(of: try SearchIndexTests.corpus))
    }

    @Test func positionsBeyondSixteenBitsAreDropped() {
        let long = (0..<70_000).map { $0 % 3 == 0 ? "cuba" : "mot\($0 % 50)" }.joined(separator: " ")
        Self.check([Self.document(0, title: "Cuba", paragraphs: [long, "cuba et la havane"]), Self.document(1, title: "x", paragraphs: ["cuba"])])
    }
}
