import Foundation
import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch
import KiosqueTestSupport

/// A corpus generated in a temporary folder: JSONL articles dated in several years (with
/// `published` and each of its aliases), yearless datelines, undated articles, an unsafe id,
/// two impossible dates, and one seed-format file whose dateline has a year.
enum DatedCorpus {
    /// The generated articles' line in the JSONL file, by what the tests look for.
    static let impossiblePublishedLine = 4
    static let impossibleDatelineLine = 5

    static func jsonl() -> String {
        func line(_ fields: [String: Any]) -> String {
            let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
        let body = "Le président Miguel Díaz-Canel a reçu à La Havane une délégation du Venezuela."
        var lines = [
            line(["id": "ete", "title": "Été à Cuba", "published": "2021-11-19", "source": "Granma", "author": "Nicolas Maduro",
                  "dateline": "Caracas, 19 novembre (RHC)", "paragraphs": [body, "La coopération continue."]]),
            line(["id": "zafra", "title": "Zafra record", "date": "2022-01-03T01:30:00+02:00", "source": "Prensa Latina",
                  "paragraphs": ["La zafra avance à La Havane. Miguel Díaz-Canel salue les travailleurs."]]),
            line(["id": "leap", "title": "Année bissextile", "publishedAt": "2020-02-29", "paragraphs": [body]]),
            line(["id": "bad-date", "title": "Impossible", "published": "2021-02-30", "paragraphs": ["Texte."]]),
            line(["id": "bad-dateline", "title": "Impossible aussi", "dateline": "Paris, 31 février (AFP)", "paragraphs": ["Texte."]]),
            line(["id": "yearless", "title": "Sans année", "dateline": "Moscou, 5 mars (PL)", "paragraphs": [body]]),
            line(["id": "undated", "title": "Sans date", "paragraphs": [body]]),
            line(["id": "a/b?c", "title": "Identifiant à nettoyer", "datePublished": "2019-06-01T12:00:00Z", "paragraphs": [body]]),
            line(["id": "a?b!c", "title": "Autre identifiant à nettoyer", "paragraphs": ["Texte."]]),
            line(["id": "new-year", "title": "Nouvel an", "published": "2021-12-31", "paragraphs": ["La Havane fête la nouvelle année."]]),
        ]
        // Same date: ties go by id in natural order (n9 before n10, unlike code-point order).
        for id in ["n10", "n9"] {
            lines.append(line(["id": id, "title": "Même jour \(id)", "published": "2018-05-05", "paragraphs": [body]]))
        }
        // More dated articles, for paging.
        for number in 1...45 {  // enough articles that the busiest entities count as common in similar-article scoring
            let month = 1 + number % 12
            lines.append(line(["id": "g\(number)", "title": "Chronique \(number)",
                               "published": "2023-\(month < 10 ? "0" : "")\(month)-15",
                               "source": number % 2 == 0 ? "GRANMA" : "Cubadebate",
                               "paragraphs": ["Miguel Díaz-Canel visite La Havane. \(body)"]]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let seed = """
    # *Paris accueille un sommet*
    ---
    Paris, 19 novembre 2021 (RHC) Le président Miguel Díaz-Canel est arrivé à Paris pour le sommet.
    La Havane suit la visite.
    ---
    <https://www.radiohc.cu/fr/noticias/internacionales/300001-paris-accueille>
    **Radio Habana Cuba**
    """

    /// The folder with `articles.jsonl` and `paris.txt`, made once per test process.
    static let folder: String = {
        let path = NSTemporaryDirectory() + "kiosque-dated-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try? jsonl().write(toFile: path + "/articles.jsonl", atomically: true, encoding: .utf8)
        try? seed.write(toFile: path + "/paris.txt", atomically: true, encoding: .utf8)
        return path
    }()

    static func start() throws -> TestServer {
        let corpus = try CorpusLoader.load(paths: [folder])
        let api = KiosqueAPI(corpus: corpus, index: SearchIndex(corpus: corpus), status: ServiceStatus(startedAt: 0))
        return try TestServer(responder: api.router())
    }
}
