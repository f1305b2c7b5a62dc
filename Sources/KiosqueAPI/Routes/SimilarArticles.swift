#if canImport(Glibc)
import Glibc
#endif
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch
import KiosqueText

/// `GET /api/v1/articles/{id}/similar`: the articles sharing the most distinctive entities
/// and title words with one article, each with the shared items and their weights (the
/// score is their sum), so a reader sees why it is related.
struct SimilarArticles: Sendable {
    /// Per article (load order): its title's distinct content stems.
    private let titleTerms: TermLists
    /// Per stem of `titleTerms.vocabulary`: how many articles' titles have it.
    private let termFrequency: [Int]

    /// An entity in more than this share of the corpus is too common to find candidates by
    /// (it still counts in their scores): `La Havane` would otherwise bring in everything.
    static let candidateShare = 0.2

    init(corpus: Corpus) {
        self.init(corpus: corpus, titleTerms: Self.titleTerms(corpus))
    }

    /// Titles analyzed on all cores (a start-up cost a snapshot saves), in a few large chunks
    /// that each analyse a distinct word once (titles repeat their words; with 32 chunks of a
    /// few hundred titles the cache saved little): a word as `SpanScanner` finds it, analysed
    /// alone, gives the tokens the analyzer gives it in its title.
    static func titleTerms(_ corpus: Corpus) -> TermLists {
        let articles = corpus.articles
        return TermLists(joining: ParallelChunks.map(ParallelChunks.ranges(count: articles.count, chunks: 8)) { range in
            var stems: [String: String] = [:]
            var contentStems: [String: [UInt32]] = [:]  // word as written → its tokens' content stems, numbered
            var part = TermLists.Part()
            for index in range {
                var title = articles[index].title
                title.withUTF8 { utf8 in
                    var scanner = SpanScanner(utf8)
                    while let span = scanner.next() {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: utf8[span.bytes]), as: UTF8.self)
                        let kept = contentStems[word] ?? {
                            let kept = FrenchAnalyzer().analyze(word, stems: &stems)
                                .filter { !$0.isStopWord && $0.folded.count >= 3 }.map { part.number($0.stem) }
                            contentStems[word] = kept
                            return kept
                        }()
                        for stem in kept where !part.currentList.contains(stem) { part.append(stem) }
                    }
                }
                part.endList()
            }
            return part
        })
    }

    /// `terms`: per article, its title's distinct content stems (`titleTerms`), counted here on one core.
    init(corpus: Corpus, titleTerms terms: TermLists) {
        titleTerms = terms
        termFrequency = terms.occurrences()
    }

    /// One shared entity or word and what it adds to the score.
    struct Reason {
        let kind: String
        let id: String
        let label: String
        let weight: Double
    }

    struct Match {
        let article: Int
        var score: Double
        var reasons: [Reason]
    }

    /// The matches of article `index`, best first (ties by date, newest first, then id).
    func matches(of index: Int, corpus: Corpus) -> [Match] {
        let count = Double(max(1, corpus.articles.count))
        let article = corpus.articles[index]
        // Distinctive entities find the candidates; common ones only add to their scores. When
        // every entity is common, the rarest of them finds the candidates.
        let shared = corpus.entityIDs(inArticle: article.id).compactMap(corpus.entity(id:)).filter { $0.articleIDs.count > 1 }
        var distinctive = shared.filter { Double($0.articleIDs.count) <= Self.candidateShare * count || corpus.articles.count < 50 }
        var common = shared.filter { entity in !distinctive.contains { $0.id == entity.id } }
        if distinctive.isEmpty, let rarest = common.min(by: { $0.articleIDs.count < $1.articleIDs.count }) {
            distinctive = [rarest]
            common.removeAll { $0.id == rarest.id }
        }
        var found: [Int: Match] = [:]
        for entity in distinctive {
            let weight = log(1 + count / Double(entity.articleIDs.count))
            for otherID in entity.articleIDs {
                guard let other = corpus.articleIndex(id: otherID), other != index else { continue }
                found[other, default: Match(article: other, score: 0, reasons: [])].add(Reason(kind: "entity", id: entity.id, label: entity.name, weight: weight))
            }
        }
        // Common entities and title words only add to candidates already found.
        let ownTerms = Set(titleTerms[index])
        for key in Array(found.keys) {
            let otherID = corpus.articles[key].id
            let otherEntities = corpus.entityIDs(inArticle: otherID)
            for entity in common where otherEntities.contains(entity.id) {
                found[key]?.add(Reason(kind: "entity", id: entity.id, label: entity.name, weight: log(1 + count / Double(entity.articleIDs.count))))
            }
            for term in titleTerms[key] where ownTerms.contains(term) {
                let weight = log(1 + count / Double(termFrequency[Int(term)]))
                let stem = titleTerms.vocabulary[Int(term)]
                found[key]?.add(Reason(kind: "term", id: stem, label: stem, weight: weight))
            }
        }
        return found.values.sorted { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return corpus.chronology.newestRank[lhs.article] < corpus.chronology.newestRank[rhs.article]
        }
    }

    func respond(_ request: HTTPRequest, id: String, context: APIContext) -> HTTPResponse {
        do throws(APIError) {
            let query = QueryParameters(request.queryItems)
            try query.onlyAllowing(["page", "pageSize"])
            let paging = try Paging(query, defaultPageSize: 10)
            let corpus = context.corpus
            guard let index = corpus.articleIndex(id: id) else { throw .notFound("No article with id '\(id)'.") }
            var json = JSONWriter(capacity: 4096)
            ListEnvelope.write(matches(of: index, corpus: corpus), paging: paging, into: &json) { json, match in
                json.object { json in
                    corpus.writeSummaryMembers(corpus.articles[match.article], into: &json)
                    json.field("score", (match.score * 1000).rounded() / 1000)
                    json.key("shared")
                    json.array(match.reasons) { json, reason in
                        json.object { json in
                            json.field("kind", reason.kind)
                            json.field("id", reason.id)
                            json.field("label", reason.label)
                            json.field("weight", (reason.weight * 1000).rounded() / 1000)
                        }
                    }
                }
            }
            return context.json(json, request: request)
        } catch {
            return context.problem(error)
        }
    }
}

extension SimilarArticles.Match {
    mutating func add(_ reason: SimilarArticles.Reason) {
        score += reason.weight
        reasons.append(reason)
    }
}
