/// The first line of the body: a dateline (`Moscou, 19 novembre (RHC) Le texte…`) or an
/// author line (`Auteur María Josefina Arce (RHC)`).
enum Byline {
    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    ]

    /// `Auteur Name (AGENCY)`, `*Auteur : Name*`, `Par Name (AGENCY)`; `rest` is any text after it.
    static func author(_ text: String) -> (name: String, agency: String?, rest: String)? {
        let plain = SeedParser.stripEmphasis(text)
        var body: Substring?
        for prefix in ["Auteur :", "Auteur:", "Auteure :", "Auteure:", "Auteur ", "Auteure ", "Par "] where plain.hasPrefix(prefix) {
            body = plain.dropFirst(prefix.count)
            break
        }
        guard var remainder = body.map({ SeedParser.trim(String($0)) }), !remainder.isEmpty else { return nil }
        var agency: String?
        var rest = ""
        if let open = remainder.firstIndex(of: "("), let close = remainder[open...].firstIndex(of: ")") {
            agency = SeedParser.trim(String(remainder[remainder.index(after: open)..<close]))
            rest = SeedParser.trim(String(remainder[remainder.index(after: close)...]))
            remainder = SeedParser.trim(String(remainder[..<open]))
        } else if remainder.count > 60 {
            return nil  // a sentence that starts with "Par", not a byline
        }
        guard !remainder.isEmpty, remainder.split(separator: " ").count <= 6 else { return nil }
        return (SeedParser.stripEmphasis(remainder), agency, rest)
    }

    /// `Place, 19 novembre (AGENCY) rest` or `Place, 1er mars 2021 (AGENCY) rest`.
    /// `year` is a four-digit year written after the month. The day is not checked against
    /// the month here (`datelineProblem` does, so the caller can name the line).
    static func dateline(_ text: String) -> (dateline: Dateline, year: Int?, agency: String?, rest: String)? {
        guard let comma = text.firstIndex(of: ","), text.distance(from: text.startIndex, to: comma) <= 60 else { return nil }
        let place = SeedParser.trim(String(text[..<comma]))
        guard let firstLetter = place.first, firstLetter.isUppercase, !place.contains("."),
              place.split(separator: " ").count <= 5 else { return nil }
        var cursor = text[text.index(after: comma)...].drop { $0 == " " || $0 == "\u{00A0}" }
        let dayText = cursor.prefix { $0.isNumber }
        guard !dayText.isEmpty, dayText.count <= 2, let day = Int(dayText), (1...31).contains(day) else { return nil }
        cursor = cursor.dropFirst(dayText.count)
        if cursor.hasPrefix("er") { cursor = cursor.dropFirst(2) }
        cursor = cursor.drop { $0 == " " || $0 == "\u{00A0}" }
        let monthText = cursor.prefix { $0.isLetter }
        guard let month = months[TextFoldingBridge.fold(String(monthText))] else { return nil }
        cursor = cursor.dropFirst(monthText.count).drop { $0 == " " || $0 == "\u{00A0}" }
        let yearText = cursor.prefix { $0.isNumber }
        var year: Int?
        if yearText.count == 4, let value = Int(yearText) {
            year = value
            cursor = cursor.dropFirst(4).drop { $0 == " " || $0 == "\u{00A0}" }
        }
        var agency: String?
        if cursor.first == "(", let close = cursor.firstIndex(of: ")"), cursor.distance(from: cursor.startIndex, to: close) <= 30 {
            agency = SeedParser.trim(String(cursor[cursor.index(after: cursor.startIndex)..<close]))
            cursor = cursor[cursor.index(after: close)...]
        }
        let raw = SeedParser.trim(String(text[..<cursor.startIndex]))
        var rest = SeedParser.trim(String(cursor))
        if rest.hasPrefix("—") || rest.hasPrefix("–") || rest.hasPrefix("-") || rest.hasPrefix(".") {
            rest = SeedParser.trim(String(rest.dropFirst()))
        }
        return (Dateline(raw: raw, place: place, day: day, month: month), year, agency, rest)
    }

    /// What is impossible in a dateline's date (`31 février`, `29 février 2021`), or nil.
    static func datelineProblem(_ dateline: Dateline, year: Int?) -> String? {
        guard let day = dateline.day, let month = dateline.month else { return nil }
        if let year, PublicationDate(year: year, month: month, day: day) == nil {
            return "impossible date in the dateline '\(dateline.raw)': \(day)/\(month)/\(year) does not exist"
        }
        if day > PublicationDate.daysIn(month: month, year: year) {
            return "impossible date in the dateline '\(dateline.raw)': month \(month) has no day \(day)"
        }
        return nil
    }

    /// The publication date a dateline gives when it has a year.
    static func publication(_ dateline: Dateline?, year: Int?) -> PublicationDate? {
        guard let year, let month = dateline?.month, let day = dateline?.day else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }
}

import KiosqueText

/// Folding for the parser's small comparisons (month names).
enum TextFoldingBridge {
    static func fold(_ text: String) -> String { TextFolding.foldAccents(text) }
}
