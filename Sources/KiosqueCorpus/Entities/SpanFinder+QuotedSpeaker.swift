/// `« Personne ne passe », résume Wuilmer Ramones`, `« … », a expliqué Orvil Tabrac`: the subject
/// put after a verb of speech, right after a closing quote and its comma, is who spoke. A name of
/// several words there is a person's unless its words say otherwise (`… », explique Air Vorlac`
/// is the organisation word's); bodies mostly speak through someone or with their article.
extension SpanFinder {
    func isQuotedSpeaker(start: Int) -> Bool {
        var verb = start - 1
        guard verb >= 2, tokens[verb].isWord, !tokens[verb].isCapitalized else { return false }
        // (`a expliqué`, `a-t-il` aside: the auxiliary before a participle.)
        if verb >= 3, tokens[verb - 1].isWord, tokens[verb - 1].length == 1, tokens[verb - 1].folded == "a" { verb -= 1 }
        guard Lexicon.speechIncisionVerbs.contains(tokens[start - 1]), tokens[verb - 1].symbol == "," else { return false }
        let quote = tokens[verb - 2].symbol
        return quote == "»" || quote == "”" || quote == "\""
    }
}

extension Lexicon {
    /// Verbs of speech put before their subject after a quotation, as the third person of the
    /// present or as a past participle, folded (`raconte` for `raconte` and `raconté`).
    /// Source: hand-written, French verbs of speech.
    static let speechIncisionVerbs: WordSet = ["raconte", "explique", "dit", "resume", "confie", "souligne", "ajoute",
        "precise", "assure", "affirme", "estime", "poursuit", "poursuivi", "temoigne", "insiste", "reconnait", "reconnu",
        "sourit", "souri", "lance", "note", "observe", "rappelle", "deplore", "regrette", "previent", "prevenu", "avertit",
        "averti", "conclut", "conclu", "commente", "detaille", "glisse", "plaisante", "soupire", "martele", "tranche",
        "nuance", "admet", "admis", "releve", "ironise", "indique", "declare", "repond", "repondu", "proteste", "denonce",
        "avoue", "jure", "promet", "promis", "analyse", "juge", "enchaine", "rencherit", "concede", "confirme",
        "souffle", "lache", "ecrit", "decrit"]
}
