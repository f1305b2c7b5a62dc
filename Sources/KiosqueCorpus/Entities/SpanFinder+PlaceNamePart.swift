import KiosqueText

/// Evidence that an unknown single name is a river, a range or a region: French subdivisions
/// are named after them (`Seine-Maritime`, `Hauts-de-Seine`, `Seine-et-Marne`), so a word that
/// recurs in the names of several known places (`seine`, `loire`, `alpes`) names a place of
/// its own (`la Seine`, `les Alpes`), whichever article stands before it.
extension SpanFinder {
    func isPlaceNamePart(_ token: NameToken) -> Bool {
        !token.isAcronym && !token.folded.utf8.contains(0x20) && Lexicon.placeNameParts.contains(token)
    }
}

extension Lexicon {
    /// Words found in two or more names of `GeneratedPlaces` (Debian `iso-codes`, see
    /// `tools/lexicon/README.md`), other than given names, grammar words and the generic words of
    /// subdivision names (`haute`, `nord`, `region`).
    static let placeNameParts: WordSet = {
        var counts: [String: Int] = [:]
        for name in GeneratedPlaces.names {
            let parts = Set(TextFolding.foldName(name).split(whereSeparator: { $0 == " " || $0 == "'" }).map(String.init))
            guard parts.count >= 2 else { continue }
            for part in parts where part.utf8.count >= 4 { counts[part, default: 0] += 1 }
        }
        return WordSet(counts.compactMap { part, count in
            count >= 2 && !isGivenName(part) && !compassPoints.contains(part) && !placeNameGenericWords.contains(part)
                && !placeFirstWords.contains(part) ? part : nil
        })
    }()

    /// Words of subdivision names that describe rather than name (`Haute-…`, `…-Centre`,
    /// `République de …`). Source: hand-written, French, Spanish and Chinese generic words.
    static let placeNameGenericWords: WordSet = ["haut", "haute", "hauts", "hautes", "bas", "basse", "basses", "nouvelle",
        "nouveau", "grande", "grand", "centre", "central", "centrale", "oriental", "occidental", "norte", "etats", "unis",
        "republique", "region", "district", "ville", "pays", "maritime", "maritimes", "iles", "sheng", "zizhiqu",
        "respublika", "vierges", "oued", "sidi", "france", "province", "departement", "territoire", "autonome", "capitale",
        "francaise", "occidentale", "kraj", "oblast", "okrug", "skaja", "avtonomnyj", "rios", "cote", "costa", "sanchez"]
}
