/// `Vardex, l’anticorps de Quelmar`, `Brenvik, une commune de 900 habitants`, `Ostrelis, le
/// fabricant suédois`: a one-word name followed by a comma, a determiner and a class noun takes
/// that noun's type (the apposition says what the name is, after it as before it). Nouns that
/// may describe a person (`le candidat`, `la productrice`) say nothing here.
extension SpanFinder {
    func classNounInApposition(after end: Int, start: Int) -> EntityType? {
        let cursor = TokenCursor(tokens, at: end)
        guard cursor.lookahead(1, { $0.symbol == "," }), let opening = cursor.peek(2), opening.isWord, !opening.isCapitalized else { return nil }
        guard !endsFrontedPhrase(start) else { return nil }
        var offset = 2
        if elidedDe(opening) { return nil }
        // (`Vorlix, premier groupe de …`, `Vorlix, filiale de …`: news appositions often drop the
        // determiner; a rank may open them.)
        if !opening.afterElision {
            if Lexicon.postposedDeterminers.contains(opening) { offset = 3 } else if Lexicon.appositionRanks.contains(opening) { offset = 3 }
        }
        // (One adjective, known by its ending or put before nouns, may come first: `le nouveau quartier`.)
        if cursor.lookahead(offset, { $0.isWord && !$0.isCapitalized && (isAdjective($0) || $0.has(.prenominalAdjectives))
            && classType(of: $0) == nil }) { offset += 1 }
        guard let noun = cursor.peek(offset), noun.isWord, !noun.isCapitalized, !Lexicon.personDescribingNouns.contains(noun),
              offset == 2 || !noun.afterElision else { return nil }
        // (`… sur les bords de la Jogne, l’entreprise emploie neuf personnes`: a verb right after the
        // noun makes it the sentence's subject after a phrase put first, no apposition.)
        // (An apposition's noun goes on with a pause, a preposition, a relative, an adjective or a
        // participle, or a capital; another lower-case word is the sentence's verb.)
        if cursor.lookahead(offset + 1, { $0.isWord && !$0.isCapitalized && !$0.has(.stopWords) && !elidedDe($0)
            && !isAdjective($0) && !isPastParticiple($0) && !$0.has(.prenominalAdjectives)
            && !Lexicon.appositionGoesOnWords.contains($0) }) { return nil }
        return classType(of: noun)
    }

    /// `À Vorlac, la coopérative …`, `Pour Brenvik, l’opération …`: after a preposition of
    /// place, or one opening the clause, the comma after the name closes a phrase put first, and
    /// what follows is the sentence's subject, no apposition.
    func endsFrontedPhrase(_ start: Int) -> Bool {
        let before = TokenCursor(tokens, at: start)
        let prepositionOffset = before.word(-1, in: Lexicon.determiners) ? -2 : -1
        guard let preposition = before.peek(prepositionOffset), preposition.isWord else { return false }
        if preposition.has(.placePrepositions) { return true }
        let opensClause = preposition.sentenceStart || before.lookahead(prepositionOffset - 1) { $0.symbol == "," }
        return opensClause && Lexicon.frontingPrepositions.contains(preposition)
    }
}

extension Lexicon {
    /// Determiners that open an apposition after a name (`, le …`, `, une …`).
    /// Source: hand-written, French grammar.
    static let postposedDeterminers: WordSet = ["le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs"]
    /// Ranks that may open an apposition without a determiner (`, premier groupe de …`).
    /// Source: hand-written, French ordinals and ranks.
    static let appositionRanks: WordSet = ["premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "quatrieme",
        "cinquieme", "principal", "principale", "numero"]
    /// Words after which an apposition's noun goes on (`, le groupe basé à …`, `, la firme spécialisée dans …`),
    /// beside stop words, adjectives and participles. Source: hand-written, French grammar.
    static let appositionGoesOnWords: WordSet = ["specialise", "specialisee", "specialises", "specialisees", "base", "basee",
        "bases", "basees", "installe", "installee", "implante", "implantee", "leader", "phare", "familial", "familiale", "mere",
        "numero", "historique", "publique", "publiques", "cote", "cotee", "soeur", "partenaire"]
    /// Prepositions that open a phrase put before the subject (`À Vorlac, …`).
    /// Source: hand-written, French prepositions.
    static let frontingPrepositions: WordSet = ["a", "au", "aux", "en", "dans", "pour", "chez", "avec", "sur", "par", "vers",
        "depuis", "selon", "apres", "avant", "contre", "sans", "sous", "entre", "pres", "face", "comme", "de", "du", "des"]
    /// Class nouns that also describe people (`Vardon, le candidat`): no evidence after a name.
    /// Source: hand-written, French nouns.
    static let personDescribingNouns = WordSet(["candidat", "candidate", "producteur", "productrice", "assistant",
        "assistante", "rival", "rivale", "concurrent", "concurrente", "titre", "equipe", "formation", "editeur", "maison"]
        // (`Vorlan, originaire de Brno`: where someone comes from, not what the name is.)
        + originWords.members)
    /// Where someone comes from (`originaire de Brno`): place evidence for what follows, heading no name.
    /// Source: hand-written, French adjectives.
    static let originWords: WordSet = ["originaire", "originaires", "natif", "native", "natifs", "natives"]
}
