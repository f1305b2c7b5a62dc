/// `le rappeur français Vornak`, `la chanteuse Quelya`, `l’ancienne joueuse Dravine Morel`: a
/// determiner, a noun of a trade or a role that only people have, at most two adjectives, then
/// the name: a person's, whether or not a list knows its given name. (A noun's `de` complement,
/// `le chanteur du groupe …`, is left out: the name must follow the noun and its adjectives.)
extension SpanFinder {
    func occupationBefore(_ start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard !tokens[start].afterElision else { return false }
        var offset = -1
        // (`trompettiste` ends like an adjective: a trade of the list is the noun.)
        while offset > -3, cursor.lookahead(offset, { $0.isWord && !$0.isCapitalized && isAdjective($0) && !isOccupationNoun($0) }) {
            offset -= 1
        }
        guard let noun = cursor.peek(offset), noun.isWord, !noun.isCapitalized, isOccupationNoun(noun) else { return false }
        // (`l’écrivaine`: the elided article is part of the noun's token.)
        return noun.afterElision && !elidedDe(noun) || cursor.word(offset - 1, is: .appositionDeterminers)
            || cursor.lookahead(offset - 1) { $0.isWord && !$0.isCapitalized && isAdjective($0) }
    }

    /// `Son entraîneur, Reynerio Salcines Nodal, a rappelé …`, `Le préfet, Octave Marcadier, a
    /// salué …`: a name between commas right after a trade or a title and its determiner is
    /// the holder's, whatever its words say elsewhere (`nodal`, `octave` are English words).
    func isOccupationInCommaApposition(start: Int, end: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        // (`…, a lancé son chanteur, Beau Thibodeaux.`: the apposition may end the sentence.)
        guard cursor.lookahead(-1, { $0.symbol == "," }), end + 1 < tokens.count, [",", "."].contains(tokens[end + 1].symbol)
        else { return false }
        // (`Son prévisionniste de garde, Pit Gloden,`: over a `de` and one common word after the noun.)
        var offset = -2
        if cursor.lookahead(-3, { $0.isWord && $0.length == 2 && $0.folded == "de" }),
           cursor.lookahead(-2, { $0.isWord && !$0.isCapitalized && Lexicon.isCommonNoun($0) }) { offset = -4 }
        guard let noun = cursor.peek(offset), noun.isWord, !noun.isCapitalized || noun.sentenceStart,
              isOccupationNoun(noun) || noun.has(.titles) else { return false }
        // (`le président du club, …`: a noun that is another's complement is left to `titleWithComplementBefore`.)
        if noun.afterElision { return !elidedDe(noun) }
        return cursor.word(offset - 1, is: .appositionDeterminers) && !cursor.word(offset - 1, in: Self.contractedArticles)
    }

    /// A trade of the list, a scholar's noun in `-logue` (`ethnomusicologue`, `volcanologue`) or
    /// `-graphe` (`océanographe`) or `-logiste` (`ophtalmologiste`), or a grower's in `-culteur` (`apiculteur`):
    /// those ending so that are not people's are few and listed.
    func isOccupationNoun(_ noun: NameToken) -> Bool {
        if noun.has(.occupationNouns) { return true }
        guard noun.length >= 8 else { return false }
        let word = noun.folded
        if word.hasSuffix("culteur") || word.hasSuffix("cultrice") || word.hasSuffix("logiste") { return true }
        // (`océanographe`, `cartographe`: one who describes; a few in `-graphe` are instruments or texts.)
        if word.hasSuffix("graphe") { return !Self.grapheThings.contains { word.hasSuffix($0) } }
        if word.hasSuffix("logue") { return !Self.logueThings.contains(word) }
        return word.hasSuffix("logues") && !Self.logueThings.contains(String(word.dropLast()))
    }

    /// Nouns in `-logue` that are no one's trade.
    /// Source: hand-written, French nouns.
    private static let logueThings: Set<String> = ["catalogue", "dialogue", "prologue", "epilogue", "monologue",
        "analogue", "decalogue", "apologue"]

    /// Ends of nouns in `-graphe` that are instruments or texts, not people.
    /// Source: hand-written, French nouns.
    private static let grapheThings = ["paragraphe", "telegraphe", "autographe", "orthographe", "sismographe", "chronographe",
        "phonographe", "barographe", "thermographe", "hygrographe", "anemographe", "spectrographe", "oscillographe", "tachygraphe",
        "cinematographe", "polygraphe", "epigraphe", "pantographe", "stenographe", "mammographe"]

    /// (Set literals at a call build their tables at every call.)
    private static let contractedArticles: WordSet = ["du", "des", "au", "aux"]
}

extension Lexicon {
    /// Nouns of trades, arts, sports and roles said of people only (singular, both genders).
    /// Source: hand-written, French nouns.
    static let occupationNouns: WordSet = ["chanteur", "chanteuse", "rappeur", "rappeuse", "musicien", "musicienne",
        "compositeur", "compositrice", "pianiste", "violoniste", "guitariste", "comedien", "comedienne", "acteur", "actrice",
        "realisateur", "realisatrice", "cineaste", "scenariste", "ecrivain", "ecrivaine", "romancier", "romanciere", "poete",
        "poetesse", "autrice", "dessinateur", "dessinatrice", "illustrateur", "illustratrice", "peintre", "sculpteur",
        "sculptrice", "photographe", "humoriste", "danseur", "danseuse", "choregraphe", "joueur", "joueuse", "attaquant",
        "attaquante", "defenseur", "gardienne", "entraineur", "entraineuse", "selectionneur", "selectionneuse", "skipper",
        "navigateur", "navigatrice", "athlete", "sprinteur", "sprinteuse", "nageur", "nageuse", "cycliste", "boxeur",
        "boxeuse", "judoka", "tennisman", "footballeur", "footballeuse", "rugbyman", "handballeur", "handballeuse",
        "basketteur", "basketteuse", "perchiste", "marathonien", "marathonienne", "championne", "sauteur", "sauteuse",
        "coureur", "coureuse", "escrimeur", "escrimeuse", "lutteur", "lutteuse", "gymnaste", "patineur", "patineuse",
        "skieur", "skieuse", "rameur", "rameuse", "decathlonien", "heptathlonienne", "halterophile", "triathlete", "arbitre", "arbitres", "avocat", "avocate",
        "chercheur", "chercheuse", "astrophysicien", "astrophysicienne", "economiste", "historien", "historienne",
        "philosophe", "sociologue", "journaliste", "chroniqueur", "chroniqueuse", "militante", "syndicaliste", "eleveur",
        "eleveuse", "auteur", "auteure", "agriculteur", "agricultrice", "viticulteur", "viticultrice", "ingenieur", "ingenieure", "architecte",
        "etudiant", "etudiante", "lyceen", "lyceenne", "temoin", "victime", "veuve", "epouse", "compagne", "infirmier",
        "infirmiere", "medecin", "pediatre", "chirurgien", "chirurgienne", "virologue", "epidemiologiste",
        "biologiste", "climatologue", "glaciologue", "volcanologue", "hydrologue", "meteorologue", "sportive", "sportif",
        "linguiste", "anthropologue", "archeologue", "ornithologue", "geologue", "sismologue", "botaniste",
        "physicien", "physicienne", "mathematicien", "mathematicienne", "enseignant", "enseignante", "instituteur",
        "institutrice", "traducteur", "traductrice", "conteur", "conteuse", "entrepreneur", "entrepreneure", "vigneron",
        "vigneronne", "previsionniste", "maraicher", "maraichere", "pecheur", "pecheuse", "berger", "bergere", "pharmacien",
        "pharmacienne", "critique", "gardien", "coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice",
        "conseiller", "conseillere", "cuisinier", "cuisiniere", "sommelier", "sommeliere",
        // (Players of instruments: `-iste` is also said of firms, `le chimiste Arkema`.)
        "trompettiste", "saxophoniste", "percussionniste", "bassiste", "contrebassiste", "flutiste", "clarinettiste",
        "tromboniste", "violoncelliste", "accordeoniste", "harpiste", "organiste", "altiste", "batteur", "batteuse",
        "timbalier",
        // (Crafts, trades and care: `un soudeur, Oelvis Varela,`, `la sage-femme Quelya Brandt`.)
        "mecanicien", "mecanicienne", "soudeur", "soudeuse", "menuisier", "menuisiere", "charpentier", "charpentiere",
        "macon", "plombier", "plombiere", "chauffeur", "chauffeuse", "conducteur",
        "conductrice", "boulanger", "boulangere", "forgeron", "forgeronne", "couturier", "couturiere", "brodeur", "brodeuse",
        "tisserand", "tisserande", "potier", "potiere", "artisan", "artisane", "commercant", "commercante", "vendeur",
        "vendeuse", "serveuse", "ouvrier", "ouvriere", "docker", "policier", "policiere", "pompier", "pompiere",
        "douanier", "douaniere", "sage femme", "aide soignant", "aide soignante", "kinesitherapeute", "dentiste",
        "veterinaire", "psychiatre", "anesthesiste", "obstetricien", "obstetricienne", "nutritionniste", "orthophoniste",
        "agronome", "jardinier", "jardiniere", "planteur", "planteuse", "cultivateur", "cultivatrice", "paysan", "paysanne",
        "fermier", "fermiere", "camionneur", "camionneuse", "cheminot", "cheminote", "orpailleur", "orpailleuse",
        "piroguier", "bucheron", "bucheronne", "ebeniste", "luthier", "luthiere", "horloger", "horlogere", "cordonnier",
        "cordonniere", "coiffeur", "coiffeuse", "boucher", "bouchere", "poissonnier", "poissonniere", "epicier", "epiciere",
        "aubergiste", "patissier", "patissiere", "benevole", "apprenti", "apprentie", "stagiaire", "militant", "collegien",
        "collegienne", "habitante", "voisine", "supporter", "supportrice", "spectatrice", "electrice", "retraitee"]
}

extension SpanFinder {
    /// `Les deux fillettes, Ámbar et Abril, sont nées …`, `son fils, Quelmo, …`: names in
    /// apposition between commas after a noun of kin or age are people's (the second of a pair
    /// after `et` too).
    func isKinApposition(start: Int, end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end + 1].symbol == "," || tokens[end + 1].isFold("et") else { return false }
        var comma = start - 1
        // (`…, Ámbar et Abril,`: the pair's second name looks past the first.)
        if comma >= 2, tokens[comma].isFold("et"), tokens[comma - 1].isWord, tokens[comma - 1].isCapitalized { comma -= 2 }
        guard comma >= 1, tokens[comma].symbol == ",", tokens[comma - 1].isWord, !tokens[comma - 1].isCapitalized else { return false }
        return Lexicon.kinNouns.contains(tokens[comma - 1])
    }
}

extension SpanFinder {
    /// `son fils Dasiel`, `la fille Quelma`: a name right after a noun of kin and its determiner
    /// is the kin's.
    func kinBefore(_ start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard !tokens[start].afterElision, let noun = cursor.peek(-1), noun.isWord, !noun.isCapitalized,
              Lexicon.kinNouns.contains(noun) else { return false }
        return cursor.word(-2, is: .appositionDeterminers) || noun.afterElision
    }
}

extension Lexicon {
    /// Nouns of kin and age said of people only, whose apposition names them.
    /// Source: hand-written, French nouns.
    static let kinNouns: WordSet = ["fils", "fille", "filles", "fillette", "fillettes", "garcon", "garcons", "enfant",
        "enfants", "bebe", "bebes", "jumeaux", "jumelles", "jumeau", "jumelle", "frere", "freres", "soeur", "soeurs",
        "epouse", "epoux", "mari", "compagne", "compagnon", "veuve", "veuf", "mere", "pere", "parents", "petit fils",
        "petite fille", "neveu", "niece", "cousin", "cousine"]
}

extension SpanFinder {
    /// `… revient à Jodoc Vorlet, pisteur au glacier`, `appartenant à Herizo Vostan, éleveur à
    /// Assa`: a name of capitalised words followed by a comma and a trade that only people have,
    /// with no determiner (news appositions drop it), is the holder's. (`Excavations Vorlet,
    /// entrepreneur général`: a firm's name opens with a common noun.)
    func isOccupationAppositionAfter(start: Int, end: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: end)
        guard cursor.lookahead(1, { $0.symbol == "," }),
              cursor.lookahead(2, { $0.isWord && !$0.isCapitalized && !$0.afterElision && isOccupationNoun($0) }),
              !Lexicon.isCommonNoun(tokens[start]) else { return false }
        return tokens[start...end].allSatisfy { !$0.isWord || ($0.isCapitalized && !$0.has(.organisationWords) && !$0.has(.places)) }
    }
}
