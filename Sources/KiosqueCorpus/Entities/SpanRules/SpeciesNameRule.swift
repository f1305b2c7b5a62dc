/// `Homo sapiens`, `Acropora palmata`, `Dichrostachys cinerea`: a capitalised genus and a
/// lower-case epithet with a Latin ending name a species, MISC, both words together (the genus
/// alone is no name of anything the article is about).
enum SpeciesNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let genus = cursor.peek(), genus.isWord, genus.isCapitalized, !genus.isAcronym,
              genus.length >= 4, let epithet = cursor.peek(1),
              isEpithet(epithet) || (isBracketedEpithet(epithet, at: cursor, in: finder) && !Lexicon.isCommonNoun(genus)),
              !genus.isGivenName, !genus.has(.places), !Lexicon.cities.contains(genus)
        else { return .pass }
        return .name(finder.makeCandidate(cursor.index, cursor.index + 1, type: .misc), next: cursor.index + 2)
    }

    /// `la tortue verte (Chelonia mydas)`: a genus and a lower-case word alone in brackets name
    /// the species whatever the epithet's ending, unless a word is French (`(Courrier picard)`).
    private static func isBracketedEpithet(_ token: NameToken, at cursor: TokenCursor, in finder: SpanFinder) -> Bool {
        guard cursor.lookahead(-1, { $0.symbol == "(" }), cursor.lookahead(2, { $0.symbol == ")" }),
              token.isWord, !token.isCapitalized, !token.afterElision, token.length >= 4, !token.has(.stopWords),
              !finder.isAdjective(token), !Lexicon.demonymEnding.end(token.folded) else { return false }
        return !Lexicon.isCommonNoun(token) && !Lexicon.verbForms.contains(token)
    }

    /// A lower-case word with an ending of Latin epithets that no French word of the lists has.
    private static func isEpithet(_ token: NameToken) -> Bool {
        // (The ending first: this runs after every capitalised word.)
        guard token.isWord, !token.isCapitalized, !token.afterElision, token.length >= 5, !token.has(.stopWords) else { return false }
        if Lexicon.epithetEndings.end(token.folded) {
            return !Lexicon.isCommonNoun(token) && !Lexicon.verbForms.contains(token)
        }
        // (`Clarias gariepinus`, `Tuber melanosporum`, `Loxodonta cyclotis`: a Latin noun's ending on a
        // word that no French or English list knows; not `-a` nor `-o`, which Spanish words end with.)
        // (`français`, `sénégalais`, `montois`: nor peoples' adjectives; `es-Saadi`: nor compounds.)
        return token.length >= 6 && Lexicon.looseEpithetEndings.end(token.folded) && !Lexicon.isCommonNoun(token)
            && !Lexicon.verbForms.contains(token) && !Lexicon.englishWords.contains(token) && !token.isGivenName
            && !Lexicon.demonymEnding.end(token.folded) && !token.has(.nationalityAdjectives)
            && !token.folded.hasSuffix("ais") && !token.folded.hasSuffix("ois") && !token.folded.contains(" ")
    }
}

extension Lexicon {
    /// Endings of Latin species epithets that French words seldom have (`-ensis`, `-ata`, `-ea`…).
    /// Source: hand-written, botanical and zoological Latin.
    static let epithetEndings = WordEndings(["ensis", "ense", "ata", "atum", "atus", "icus", "icum", "oides", "iens", "ea",
                                             "alis", "aris", "ii", "ae", "odens", "ifer", "osa", "osus", "osum", "trix"])
    /// Endings of Latin nouns and epithets that French and Spanish words also have, for words no
    /// list knows (`gariepinus`, `melanosporum`, `cyclotis`, `tabaci`, `leucas`, `ulcerans`).
    /// Source: hand-written, zoological and botanical Latin.
    static let looseEpithetEndings = WordEndings(["us", "um", "is", "i", "as", "ans"])
}
