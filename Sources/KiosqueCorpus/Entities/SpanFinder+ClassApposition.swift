/// `le groupe Rémy Vorlan`, `la liqueur Marin Ducasse`, `les broyeurs Ostrel et Barry Vandam`:
/// a determiner, a class noun, at most one adjective, then the name. The noun then says the
/// name's type more surely than a given name opening it; a class noun after `de` (`général de
/// brigade …`) or a noun's complement (`le roman de Juan …`: its author) says nothing.
extension SpanFinder {
    func classNounInApposition(before start: Int) -> EntityType? {
        let cursor = TokenCursor(tokens, at: start)
        guard !tokens[start].afterElision else { return nil }
        var offset = -1
        // (`la centrale Marc Vorle`, `le lycée …`: a class noun with an adjective's ending is the noun.)
        if cursor.lookahead(offset, { $0.isWord && (isAdjective($0) || $0.has(.nationalityAdjectives))
            && (classType(of: $0) == nil || cursor.lookahead(offset - 1, { $0.isWord && classType(of: $0) != nil })) }) { offset -= 1 }
        guard let noun = cursor.peek(offset), noun.isWord, !noun.isCapitalized, let type = classType(of: noun) else { return nil }
        // (`le candidat Jean Vorlan`, `le navigateur Charles Vardec`: nouns of things that also name
        // people say nothing before a given name.)
        if Lexicon.thingOrPersonNouns.contains(noun), tokens[start].isGivenName { return nil }
        if noun.afterElision { return elidedDe(noun) ? nil : type }
        // (`huit rames Vorlia Duo`: a number counts the things of that class.)
        return cursor.word(offset - 1, is: .appositionDeterminers) || cursor.lookahead(offset - 1, { $0.isWord && isCardinal($0) })
            ? type : nil
    }

    /// `une application, Glaneo Pro, qui …`, `Leur association, Vorlan Centre, craint …`: a
    /// determiner and a class noun, then the name between commas: the noun says what the name
    /// is. (A phrase put first, `Dans la ville, Paul …`, opens with a preposition: no apposition.)
    /// Only bodies and things: a person's name after such a noun is mostly someone of it (`le
    /// président du club, Tony Vorlan`), and nouns of places name roles too (`le maire, …`).
    func classNounInCommaApposition(start: Int, end: Int) -> EntityType? {
        guard start >= 3, tokens[start - 1].symbol == ",", end + 1 < tokens.count, tokens[end + 1].symbol == ",",
              !tokens[start].isGivenName else { return nil }
        let noun = tokens[start - 2]
        guard noun.isWord, !noun.isCapitalized || noun.sentenceStart, let type = classType(of: noun), type == .org || type == .misc
        else { return nil }
        let determinerIndex: Int
        if noun.afterElision {
            guard !elidedDe(noun) else { return nil }
            determinerIndex = start - 2
        } else {
            // (`du`, `des`, `au`: the noun is another's complement, `le président du club, …`.)
            let determiner = tokens[start - 3]
            guard determiner.isWord, determiner.has(.appositionDeterminers),
                  !["du", "des", "au", "aux"].contains(determiner.folded) else { return nil }
            determinerIndex = start - 3
        }
        guard determinerIndex > 0 else { return type }
        let before = tokens[determinerIndex - 1]
        return before.isWord && (before.has(.placePrepositions) || Lexicon.frontingPrepositions.contains(before)) ? nil : type
    }

    /// A class noun's type, its plural looked up as its singular (`broyeurs` as `broyeur`).
    func classType(of noun: NameToken) -> EntityType? {
        if let type = noun.classNounType { return type }
        // (`réseaux` as `réseau`.)
        guard noun.length >= 4, noun.folded.hasSuffix("s") || noun.folded.hasSuffix("x") else { return nil }
        return Lexicon.classNouns[String(noun.folded.dropLast())]
    }
}

extension Lexicon {
    /// Class nouns of things that are also nouns of people (a candidate vaccine or a candidate,
    /// a browser or a sailor, an oil producer or a record's, a publisher or its editor).
    /// Source: hand-written, French nouns.
    static let thingOrPersonNouns: WordSet = ["candidat", "candidats", "candidate", "navigateur", "navigateurs", "assistant",
        "assistants", "assistante", "pilote", "modele", "producteur", "producteurs", "productrice", "productrices",
        "editeur", "editeurs", "editrice"]

    /// Determiners that open a class noun in apposition to a name (`le groupe …`, `sa marque …`).
    /// Source: hand-written, French grammar.
    static let appositionDeterminers: WordSet = ["le", "la", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet",
        "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos"]
}
