/// Grammar words that tell a quoted title from quoted speech (`MidSentenceTitleRule`), and
/// heads of eponymous diseases (`EponymDiseaseRule`), words no written-out name holds, currencies.
extension Lexicon {
    /// Lower-case nouns that a person's name completes into a disease's (`maladie de …`).
    /// Source: hand-written, French medical nouns.
    static let diseaseHeads: WordSet = ["maladie", "syndrome"]
    /// Currency nouns after which an acronym is the currency's zone, not a name (`francs CFA`).
    /// Source: hand-written, French currency nouns.
    static let currencyNouns: WordSet = ["franc", "francs", "dollar", "dollars", "livre", "livres", "peso", "pesos"]
    /// Verbs and relative pronouns: a name written out before its acronym holds none.
    /// Source: hand-written, French auxiliaries and relative pronouns (grammar).
    static let clauseWords: WordSet = ["a", "ont", "est", "sont", "etait", "sera", "qui", "que", "dont", "ou", "avait"]
    /// Words that open quoted speech, not a title: subject pronouns and answers.
    /// Source: hand-written, French subject pronouns and sentence adverbs (grammar).
    static let speechOpeners: WordSet = ["je", "nous", "on", "il", "elle", "ils", "elles", "vous", "tu", "ce", "cela", "ca",
        "ceci", "oui", "non", "nul", "aucun", "aucune", "chacun", "personne", "voila", "voici", "ici", "aujourd'hui"]
    /// Words after which a quotation is speech (`a dit que « … »`, `comme « … »`).
    /// Source: hand-written, French conjunctions that introduce reported speech (grammar).
    static let speechIntroducers: WordSet = ["que", "comme", "selon", "disant", "declarant", "ajoutant", "estimant",
        "affirmant", "expliquant", "lancant", "repondant"]
    /// Determiners that open an apposition after a title (`« … », une huile de 1952`).
    /// Source: hand-written, French articles and possessives (grammar).
    static let titleAppositionOpeners: WordSet = ["un", "une", "le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs",
        "premier", "premiere", "dernier", "derniere", "nouveau", "nouvel", "nouvelle"]
}
