import Foundation

/// A small deterministic JSONL corpus made at test time: French sentences naming people,
/// places and organisations in varying combinations, datelines, authors and URLs, plus one
/// duplicate and one malformed line so the load report has something to say.
enum GeneratedCorpus {
    static let people = ["Vladimir Poutine", "Miguel Díaz-Canel", "María Zakharova", "Emmanuel Macron", "Olaf Scholz",
                         "Xi Jinping", "Luiz Inácio Lula da Silva", "Antonio Guterres"]
    static let places = ["Moscou", "La Havane", "Paris", "Berlin", "Pékin", "Brasilia", "Genève", "Caracas"]
    static let organisations = ["Organisation des Nations unies", "Union européenne", "Banque mondiale", "OTAN"]
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

    /// Writes `count` articles to a new file in a fresh temporary directory and returns the file's path.
    static func write(count: Int) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-generated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var lines: [String] = []
        for index in 0..<count { lines.append(try line(index)) }
        lines.append(try line(3))  // a duplicate of article 3
        lines.append("{\"title\": \"sans paragraphes\"")  // malformed
        let path = directory.appendingPathComponent("articles.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private static func line(_ index: Int) throws -> String {
        func pick<T>(_ list: [T], _ salt: Int) -> T { list[(index * 7 + salt * 13 + index / 3) % list.count] }
        let person = pick(people, 1), other = pick(people, 2), place = pick(places, 3), organisation = pick(organisations, 4)
        let paragraphs = [
            "Le président \(person) a reçu \(other) à \(place) pour parler de coopération économique.",
            "Selon un communiqué de l'\(organisation), les deux dirigeants ont signé \(index % 5 + 1) accords sur l'énergie et l'éducation.",
            "\(other.split(separator: " ").last ?? "") a déclaré que la rencontre de \(place) ouvrait « une nouvelle étape ».",
        ]
        var record: [String: Any] = [
            "id": String(100_000 + index),
            "title": "\(person) et \(other) se retrouvent à \(place)",
            "paragraphs": Array(paragraphs.prefix(2 + index % 2)),
            "url": "https://example.org/fr/\(100_000 + index)-rencontre",
            "publisher": "Radio Exemple",
        ]
        if index % 4 != 0 { record["dateline"] = "\(place), \(index % 28 + 1) \(months[index % 12]) (RHC)" }
        if index % 3 == 0 { record["author"] = "Claire Dupont" }
        if index % 2 == 0 { record["source"] = "Prensa Latina" }
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
