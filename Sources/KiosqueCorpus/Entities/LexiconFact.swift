/// The word lists that every token is looked up in once, when the text is tokenized
/// (`NameToken.facts`): the rules ask these lists about the same few tokens again and again
/// (a capitalised word meets dozens of rules), and a bit test costs far less than a lookup.
/// Lists asked once or twice per name stay plain `WordSet` lookups, and so do the three long
/// generated lists (cities, common words, given names: 106,000 words): with them the table
/// outgrows the processor's caches, and a lookup per token then costs more than the
/// lookups it saves.
///
/// A token's bit for a list is set exactly when the list holds the token's fold, so asking
/// the bit and asking the list always agree (`LexiconFactTests`).
enum LexiconFact: Int, CaseIterable {
    case places, notNames, organisationHeads, domainNouns, titles,
         nationalityAdjectives, nameArticles, placeFirstWords, connectors, compassPoints,
         prenominalAdjectives, givenNames, organisationFirstWords,
         occupationNouns, featureNouns, venueNouns, territorialBodyHeads, speechOpeners,
         placePrepositions, miscHeads, madeThings, companyOwnerNouns, surnameParticles,
         stormWords, speechParticiples, placeFirstWordsOfNames, organisationWords, notInNames,
         lowerCaseHeads, grandWords, companySuffixes, bodyPartNouns, singularArticles,
         appositionDeterminers, stopWords, notAdjectives, adjectivesWithoutEnding, lowerCaseNameStarts, commonWordNameStarts
    /// `Lexicon.classNouns`, one bit per type it gives.
    case personClassNoun, placeClassNoun, orgClassNoun, miscClassNoun

    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The list this fact stands for (nil for the class-noun types, which come from a table).
    var list: WordSet? {
        switch self {
        case .places: Lexicon.places
        case .notNames: Lexicon.notNames
        case .organisationHeads: Lexicon.organisationHeads
        case .domainNouns: Lexicon.domainNouns
        case .titles: Lexicon.titles
        case .nationalityAdjectives: Lexicon.nationalityAdjectives
        case .nameArticles: Lexicon.nameArticles
        case .placeFirstWords: Lexicon.placeFirstWords
        case .connectors: Lexicon.connectors
        case .compassPoints: Lexicon.compassPoints
        case .prenominalAdjectives: Lexicon.prenominalAdjectives
        case .givenNames: Lexicon.givenNames
        case .organisationFirstWords: Lexicon.organisationFirstWords
        case .occupationNouns: Lexicon.occupationNouns
        case .featureNouns: Lexicon.featureNouns
        case .venueNouns: Lexicon.venueNouns
        case .territorialBodyHeads: Lexicon.territorialBodyHeads
        case .speechOpeners: Lexicon.speechOpeners
        case .placePrepositions: Lexicon.placePrepositions
        case .miscHeads: Lexicon.miscHeads
        case .madeThings: Lexicon.madeThings
        case .companyOwnerNouns: Lexicon.companyOwnerNouns
        case .surnameParticles: Lexicon.surnameParticles
        case .stormWords: Lexicon.stormWords
        case .speechParticiples: Lexicon.speechParticiples
        case .placeFirstWordsOfNames: Lexicon.placeFirstWordsOfNames
        case .organisationWords: Lexicon.organisationWords
        case .notInNames: Lexicon.notInNames
        case .lowerCaseHeads: Lexicon.lowerCaseHeads
        case .grandWords: Lexicon.grandWords
        case .companySuffixes: Lexicon.companySuffixes
        case .bodyPartNouns: Lexicon.bodyPartNouns
        case .singularArticles: Lexicon.singularArticles
        case .appositionDeterminers: Lexicon.appositionDeterminers
        case .stopWords: Lexicon.stopWords
        case .notAdjectives: Lexicon.notAdjectives
        case .adjectivesWithoutEnding: Lexicon.adjectivesWithoutEnding
        case .lowerCaseNameStarts: Lexicon.lowerCaseNameStarts
        case .commonWordNameStarts: Lexicon.commonWordNameStarts
        case .personClassNoun, .placeClassNoun, .orgClassNoun, .miscClassNoun: nil
        }
    }

    static func classNoun(_ type: EntityType) -> LexiconFact {
        switch type {
        case .person: .personClassNoun
        case .place: .placeClassNoun
        case .org: .orgClassNoun
        case .misc: .miscClassNoun
        }
    }

    /// Every word of every list above, with the bits of the lists that hold it.
    static let table: WordTable<UInt64> = {
        var bits: [String: UInt64] = [:]
        for fact in allCases {
            for word in fact.list?.members ?? [] { bits[word, default: 0] |= fact.bit }
        }
        for word in Lexicon.classNouns.allKeys {
            if let type = Lexicon.classNouns[word] { bits[word, default: 0] |= classNoun(type).bit }
        }
        // (Sparse: most tokens are in no list, and a miss probes slots until an empty one.)
        return WordTable(bits.map { ($0.key, $0.value) }, slotsPerKey: 2)
    }()

    /// The bits of an ASCII punctuation mark's token, by its byte (marks are frequent tokens;
    /// the table is asked once per mark, not once per token).
    static let asciiMarks: [UInt64] = (0..<128).map { byte in
        table[String(Unicode.Scalar(UInt8(byte)))] ?? 0
    }

    /// The bits of a token whose fold is `folded`.
    static func bits(of folded: String) -> UInt64 { table[folded] ?? 0 }

    /// The bits of a punctuation mark's token.
    static func bits(ofMark mark: Unicode.Scalar) -> UInt64 {
        mark.value < 128 ? asciiMarks[Int(mark.value)] : bits(of: String(mark))
    }
}
