import Dispatch
import KiosqueCorpus
import KiosqueText

/// An inverted index with positions over title, body and entity names, ranked by BM25
/// (k1 = 1.2, b = 0.75) per field and combined with field weights (title 2, entities 1.5,
/// body 1). Postings are flat integer arrays; the index is built once and never changes.
public final class SearchIndex: Sendable {
    static let k1 = 1.2
    static let b = 0.75
    /// Field weights: title, body, entity names.
    static let fieldWeights = [2.0, 1.0, 1.5]
    /// Paragraphs are this many positions apart, so that no phrase spans two of them.
    static let paragraphGap = 8

    let documents: [SearchDocument]
    /// Stem → term number.
    let termIDs: [String: Int32]
    /// Per term: start of its postings in the flat arrays (one more entry at the end).
    let postingStart: [Int32]
    let postingDocs: [Int32]
    /// Per posting: term frequency in title (bits 24-31), entities (16-23), body (0-15).
    let postingTFs: [UInt32]
    /// Per posting: start of its positions in `positions` (one more entry at the end).
    let positionStart: [UInt32]
    let positions: [UInt16]
    /// Field lengths in tokens, per document: title, body, entities.
    let fieldLengths: [(UInt32, UInt32, UInt32)]
    let averageLengths: (Double, Double, Double)
    /// Folded surface words (sorted) and the terms each was indexed under.
    let words: [String]
    let wordTerms: [[Int32]]
    /// The reverse: per term, the words indexed under it (to highlight a term's words).
    let termWords: [[Int32]]
    /// Documents per term (for idf) and per word (to pick the most useful expansions).
    let documentFrequency: [Int32]
    /// Filter and facet data per document.
    let entitySets: [Set<String>]
    /// Every entity of the corpus once (id, name, type), and per document the indices of its
    /// entities in that table: facets count into arrays, not dictionaries of strings.
    let entityTable: [(id: String, name: String, type: EntityType)]
    let documentEntities: [[Int32]]
    /// Seconds the build took.
    public let buildSeconds: Double

    /// Number of documents indexed.
    public var count: Int { documents.count }

    /// Indexes a corpus.
    public convenience init(corpus: Corpus) {
        self.init(documents: SearchDocument.documents(of: corpus))
    }

    /// Indexes `documents`, analysing them on all cores.
    public init(documents: [SearchDocument]) {
        let started = DispatchTime.now().uptimeNanoseconds
        self.documents = documents
        let analyzed = Self.analyzeAll(documents)
        var termIDs: [String: Int32] = [:]
        var wordToTerms: [String: Set<Int32>] = [:]
        // Postings are gathered per term, then flattened.
        var perTermDocs: [[Int32]] = []
        var perTermTFs: [[UInt32]] = []
        var perTermPositions: [[[UInt16]]] = []
        var lengths: [(UInt32, UInt32, UInt32)] = []
        lengths.reserveCapacity(documents.count)
        for (docIndex, doc) in analyzed.enumerated() {
            lengths.append(doc.lengths)
            for entry in doc.entries {
                let id: Int32
                if let existing = termIDs[entry.stem] {
                    id = existing
                } else {
                    id = Int32(perTermDocs.count)
                    termIDs[entry.stem] = id
                    perTermDocs.append([]); perTermTFs.append([]); perTermPositions.append([])
                }
                perTermDocs[Int(id)].append(Int32(docIndex))
                perTermTFs[Int(id)].append(entry.tf)
                perTermPositions[Int(id)].append(entry.positions)
                for word in entry.words { wordToTerms[word, default: []].insert(id) }
            }
        }
        var postingStart: [Int32] = [0]
        var postingDocs: [Int32] = []
        var postingTFs: [UInt32] = []
        var positionStart: [UInt32] = [0]
        var positions: [UInt16] = []
        for term in 0..<perTermDocs.count {
            postingDocs += perTermDocs[term]
            postingTFs += perTermTFs[term]
            for list in perTermPositions[term] {
                positions += list
                positionStart.append(UInt32(positions.count))
            }
            postingStart.append(Int32(postingDocs.count))
        }
        self.termIDs = termIDs
        self.postingStart = postingStart
        self.postingDocs = postingDocs
        self.postingTFs = postingTFs
        self.positionStart = positionStart
        self.positions = positions
        self.fieldLengths = lengths
        let count = Double(max(1, documents.count))
        averageLengths = (
            max(1, Double(lengths.reduce(0) { $0 + Int($1.0) }) / count),
            max(1, Double(lengths.reduce(0) { $0 + Int($1.1) }) / count),
            max(1, Double(lengths.reduce(0) { $0 + Int($1.2) }) / count)
        )
        let sortedWords = wordToTerms.keys.sorted()
        words = sortedWords
        wordTerms = sortedWords.map { Array(wordToTerms[$0] ?? []).sorted() }
        var reverse = [[Int32]](repeating: [], count: perTermDocs.count)
        for (position, terms) in wordTerms.enumerated() {
            for term in terms { reverse[Int(term)].append(Int32(position)) }
        }
        termWords = reverse
        documentFrequency = (0..<perTermDocs.count).map { Int32(perTermDocs[$0].count) }
        entitySets = documents.map { Set($0.entities.map(\.id)) }
        var table: [(id: String, name: String, type: EntityType)] = []
        var tableIndex: [String: Int32] = [:]
        documentEntities = documents.map { document in
            document.entities.map { entity in
                if let index = tableIndex[entity.id] { return index }
                table.append((id: entity.id, name: entity.name, type: entity.type))
                tableIndex[entity.id] = Int32(table.count - 1)
                return Int32(table.count - 1)
            }
        }
        entityTable = table
        buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }

    // MARK: Analysis at build time

    struct AnalyzedDocument {
        struct Entry {
            var stem: String
            var tf: UInt32
            var positions: [UInt16]
            var words: Set<String>
        }
        var entries: [Entry] = []
        var lengths: (UInt32, UInt32, UInt32) = (0, 0, 0)
    }

    private static func analyzeAll(_ documents: [SearchDocument]) -> [AnalyzedDocument] {
        var results = [AnalyzedDocument](repeating: AnalyzedDocument(), count: documents.count)
        let chunk = max(1, documents.count / 64)
        let chunks = (documents.count + chunk - 1) / chunk
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer  // each iteration writes its own slice
            DispatchQueue.concurrentPerform(iterations: chunks) { part in
                var stems: [String: String] = [:]  // one stem cache per chunk: no sharing, no locks
                for index in (part * chunk)..<min(documents.count, (part + 1) * chunk) {
                    output[index] = analyze(documents[index], stems: &stems)
                }
            }
        }
        return results
    }

    static func analyze(_ document: SearchDocument, stems: inout [String: String]) -> AnalyzedDocument {
        var byStem: [String: AnalyzedDocument.Entry] = [:]
        var order: [String] = []
        var lengths: [UInt32] = [0, 0, 0]
        var base = 0
        func add(_ text: String, field: Int) {
            let tokens = SearchAnalysis.analyzer.analyze(text, stems: &stems)
            var last = 0
            for token in tokens {
                let stem = token.stem
                if byStem[stem] == nil { order.append(stem) }
                var entry = byStem[stem] ?? AnalyzedDocument.Entry(stem: stem, tf: 0, positions: [], words: [])
                byStem[stem] = nil  // keep the entry uniquely referenced while it grows
                let shift: UInt32 = field == 0 ? 24 : (field == 2 ? 16 : 0)
                let mask: UInt32 = field == 1 ? 0xFFFF : 0xFF
                if (entry.tf >> shift) & mask < mask { entry.tf += 1 << shift }
                let position = base + token.position
                if position < Int(UInt16.max), entry.positions.last != UInt16(position) {
                    entry.positions.append(UInt16(position))
                }
                entry.words.insert(token.folded)
                byStem[stem] = entry
                last = max(last, token.position + 1)
            }
            lengths[field] += UInt32(tokens.count)
            base += last + paragraphGap
        }
        add(document.title, field: 0)
        for paragraph in document.paragraphs { add(paragraph, field: 1) }
        for entity in document.entities { add(entity.name, field: 2) }
        return AnalyzedDocument(entries: order.compactMap { byStem[$0] }, lengths: (lengths[0], lengths[1], lengths[2]))
    }
}
