import KiosqueText

/// General vocabulary of the span rules and of typing: French grammar words and suffixes,
/// written by hand. None holds a name; each says where its words come from.
extension Lexicon {
    /// Words that never stand inside a name: an expansion does not cross them.
    /// Source: hand-written, French function words and auxiliaries (grammar).
    static let notInNames: WordSet = ["a", "au", "aux", "est", "sont", "un", "une", "qui", "que", "dont", "ont", "ete",
        "avec", "par", "sa", "son", "ses", "leur", "ce", "cette", "ces", "il", "elle", "ils", "elles", "se", "sera", "seront",
        "aupres", "lors", "entre", "contre", "chez", "apres", "avant", "depuis", "pendant", "selon"]
    /// Source: hand-written, French adjectives of international bodies' names.
    static let worldWords: WordSet = ["mondial", "mondiale", "nations", "international", "internationale"]
    /// Nouns of protected areas and buildings, which are places (`Parc national`, `Palais royal`).
    /// Source: hand-written, French nouns of protected areas and palaces.
    static let areaNouns: WordSet = ["parc", "parcs", "reserve", "jardin", "palais"]
    /// Source: hand-written, French compass points.
    static let compassPoints: WordSet = ["nord", "sud", "est", "ouest", "nord est", "nord ouest", "sud est", "sud ouest"]
    /// Adjectives written before the noun in a complement (`du nouveau cinéma`).
    /// Source: hand-written, French adjectives placed before the noun (grammar).
    static let prenominalAdjectives: WordSet = ["nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "grand", "grande",
        "grands", "grandes", "haut", "haute", "hautes", "hauts", "petit", "petite", "petites", "petits", "jeune", "jeunes"]
    /// Venues whose capitalised name is the company that runs them (`Théâtre de Carouge`).
    /// Source: hand-written, the annotated sets (5 of 5 capitalised theatres are ORG).
    static let companyVenueNouns: WordSet = ["theatre"]
    /// Heads of bodies whose name may end with a campus town after `à` (`Université du Québec à Rimouski`).
    /// Source: hand-written, French names of universities.
    static let campusHeads: WordSet = ["universite"]
    /// Acronyms of kinds of bodies, named by their town or region (`CHU de Lille`, `MRC de La
    /// Rivière-du-Nord`). Source: hand-written, French and Québec public bodies.
    static let bodyKindAcronyms: WordSet = ["chu", "chru", "chr", "ch", "mrc", "cisss", "ciusss", "fdsea", "cci", "cpam", "caf",
        "iut", "sdis", "ars", "crous", "ehpad", "ufr", "cfa", "cgt", "cfdt", "fo", "medef", "psg", "om", "ol", "as", "rc", "fc", "us",
        // (`XV de France`: a rugby side, numbered.)
        "xv"]
    /// Prepositions that join a complement to a body's name (`Institut de recherches sur le riz`).
    /// Source: hand-written, French prepositions (grammar).
    static let namePrepositions: WordSet = ["sur", "pour", "en", "contre", "avec", "au", "aux"]
    /// Source: hand-written, French and Spanish definite articles.
    static let nameArticles: WordSet = ["la", "le", "las", "los", "el"]
    /// Words after which a capitalised noun and an adjective open an institution's name.
    /// Source: hand-written, French articles and prepositions (grammar).
    static let institutionOpeners: WordSet = ["la", "le", "les", "du", "au", "de", "("]
    /// Heads of bodies that French writes in lower case (`tribunal`, `préfecture`).
    /// Source: hand-written, French nouns of bodies written in lower case (Imprimerie nationale's typographic rules).
    /// (`la mairie de …` is the town's hall, described: the sets name the town alone.)
    static let lowerCaseHeads: WordSet = ["tribunal", "prefecture", "universite", "parquet", "musee", "conseil",
        "cour", "hopital", "clinique", "juridiction", "chambre", "barreau", "communaute", "section", "police", "bibliotheque",
        "diocese", "academie", "rectorat", "college", "lycee"]
    /// Lower-case heads that name a body only with one of these words right after them
    /// (`communauté d’agglomération du Pays de …`, not `la communauté des polices d’Amérique`).
    /// Source: hand-written, French names of groupings of communes (Code général des collectivités
    /// territoriales) and of investigating units.
    /// (`section de recherches de …`, `police judiciaire de …`: units of the gendarmerie and the police.)
    static let qualifiedLowerCaseHeads: [String: WordSet] = ["communaute": ["agglomeration", "communes", "urbaine"],
        "section": ["recherches"], "police": ["judiciaire"]]
    /// Lower-case heads named by a capitalised name right after them (`hôpital Édouard-Herriot`);
    /// with `de` they describe (`l’hôpital de Hautepierre`, `la clinique du CIGB`).
    /// Source: hand-written, French nouns of care and teaching institutions.
    static let directNameHeads: WordSet = ["hopital", "clinique", "bibliotheque", "college", "lycee"]
    /// Heads of schools, named only directly (`collège Jean-Moulin`; `le lycée agricole de …` is the town's).
    /// Source: hand-written, French nouns of schools.
    static let schoolHeads: WordSet = ["college", "lycee"]
    /// Source: hand-written, French, Spanish, Italian, Dutch and German surname particles.
    static let surnameParticles: WordSet = ["le", "la", "de", "du", "di", "da", "van", "von", "del"]
    /// Source: hand-written, French adjective suffixes (grammar).
    static let adjectiveEndings = ["al", "ale", "ales", "aux", "ique", "iques", "aire", "aires", "ien", "ienne", "iens", "iennes",
        "ain", "aine", "ains", "aines", "el", "elle", "els", "elles", "if", "ive", "ifs", "ives", "ais", "aise", "aises", "ois",
        "oise", "oises", "ee", "ees", "ile", "iles", "ere", "eres", "ier", "iere", "ieres", "iers", "ieur", "ieure", "ieurs", "ieures", "een",
        "eenne", "eens", "eennes", "ol", "ole", "ols", "oles", "iste", "istes", "ophone", "ophones",
        // (`paraguayenne`, `uruguayen`: peoples' adjectives in `-yen`.)
        "yen", "yenne", "yens", "yennes"]
    /// Combining forms of peoples' adjectives that open compounds (`russo-cubain`, `cubano-bélarusse`).
    /// Source: hand-written, French combining forms.
    static let demonymCombiningForms: Set<String> = ["franco", "russo", "sino", "anglo", "germano", "italo", "hispano",
        "luso", "afro", "euro", "indo", "austro", "belgo", "nippo", "greco", "turco", "arabo", "israelo", "cubano",
        "mexicano", "venezolano", "americano", "ibero", "latino", "serbo", "croato", "polono", "sovieto", "helvetico",
        "quebeco", "canado", "algero", "tuniso", "maroco", "senegalo", "congolo", "ivoiro", "brasilo", "argentino"]
    /// Adjectives of institutions' names that no ending above tells (`Syndicat mixte`, `Port autonome`).
    /// Source: hand-written, French adjectives.
    /// French stop words, for the adjective test (`SpanFinder.isAdjective`).
    /// Source: `StopWords.folded` (KiosqueText: Snowball's French list).
    static let stopWords = WordSet(StopWords.folded)
    static let adjectivesWithoutEnding: WordSet = ["alpestre", "alpestres", "terrestre", "terrestres", "equestre",
        "equestres", "rupestre", "rupestres", "pedestre", "pedestres", "durable", "durables", "renouvelable", "renouvelables",
        "mixte", "mixtes", "moderne", "modernes", "feminin", "feminins", "masculin", "masculins",
        // (Colours: `Liste rouge`, `Grande Muraille verte`, `Livre blanc`.)
        "rouge", "rouges", "vert", "verte", "verts", "vertes", "bleu", "bleue", "bleus", "bleues", "blanc", "blanche",
        "blancs", "blanches", "noir", "noire", "noirs", "noires", "jaune", "jaunes",
        "franche", "franches", "etranger", "etrangers", "extreme", "extremes", "public", "publics", "libre", "libres", "autonome",
        "autonomes", "aride", "arides", "humide", "humides", "rapide", "rapides", "supreme", "supremes",
        "alpin", "alpine", "alpins", "alpines", "marin", "marine", "marins", "marines", "polyvalent", "polyvalente",
        "polyvalents", "polyvalentes", "omnisports", "couvert", "couverte", "maritime", "maritimes",
        "paysan", "paysanne", "paysans", "paysannes", "citoyen", "citoyenne", "citoyens", "citoyennes", "conservateur",
        "conservatrice", "conservateurs", "conservatrices", "democrate", "democrates", "civil", "civils", "independant",
        "independante", "independants", "independantes", "permanent", "permanente", "permanents",
        // (`la triple sauteuse`, `le double champion`: multiples before a noun.)
        "double", "doubles", "triple", "triples", "quadruple", "quadruples"]
    /// Source: hand-written, French prepositions, adverbs and pronouns that adjective endings would take in.
    static let notAdjectives: WordSet = ["pour", "dans", "avec", "contre", "selon", "entre", "depuis", "sans", "sous", "vers",
        "chez", "apres", "avant", "lors", "afin", "ainsi", "aussi", "comme", "mais", "leurs", "cette", "elle", "elles", "etre",
        "avoir", "plus", "tres", "bien", "tout", "toute", "toutes", "tous", "encore", "deja", "meme", "autres", "autre", "hier",
        "demain", "lendemain"]
    /// Words that open a verb's object or complement, not a name's (`appelle à`, `indique une`,
    /// `explique que`): after a verb form that ends like an adjective, they say it is the verb.
    /// (`de`, `des`, `et` are left out: `École pratique des …` goes on.)
    /// Source: hand-written, French determiners, prepositions and conjunctions.
    static let verbObjectOpeners: WordSet = ["le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce",
        "cet", "cette", "ces", "que", "qu", "a", "au", "aux", "sur", "depuis", "pour", "avec", "contre", "dans", "en", "par",
        "ne", "n", "plus", "aussi", "egalement", "toujours", "deja", "notamment", "desormais", "pas", "lui", "y",
        // (Adverbs between the verb and its object: `… du Nord indique pourtant que …`.)
        "pourtant", "cependant", "toutefois", "donc", "encore", "surtout", "enfin", "ainsi", "meme"]
    /// Source: hand-written, French suffixes of names of peoples (grammar).
    static let demonymEndings = ["ains", "aines", "iens", "iennes", "ais", "aises", "ois", "oises", "ens", "ennes", "ols", "oles",
        "ands", "andes", "ins", "ines", "ites", "ain", "aine", "ien", "ienne", "aise", "oise"]
    /// `Congrès national`, `Sénat fédéral`: adjectives that a known institution's name takes.
    /// Source: hand-written, French suffixes of relational adjectives (grammar).
    static let relationalEndings = ["al", "ale", "aux", "ales"]
    /// Source: hand-written, French suffixes of names of peoples, singular (grammar).
    static let singularDemonymEndings = ["ain", "aine", "ien", "ienne", "ais", "aise", "ois", "oise", "en", "enne", "ol", "ole",
        "and", "ande", "in", "ine", "ite", "ique"]
    /// `physicien`, `technicienne`, `tragédien`: trades that end like a people's word.
    /// Source: hand-written, French suffixes of nouns of trades (grammar).
    static let tradeEndings = ["icien", "icienne", "edien", "edienne"]
    /// Source: hand-written, French determiners and small numerals (grammar).
    static let determiners: WordSet = ["les", "des", "aux", "ces", "nos", "leurs", "un", "une", "le", "la", "deux", "trois"]
    /// Source: hand-written, French plural determiners (grammar).
    static let pluralDeterminers: WordSet = ["les", "des", "aux", "ces", "nos", "leurs", "deux", "trois", "plusieurs"]
    /// Source: hand-written, surname prefixes written with an inner capital (Irish, Scottish, Italian, French, Dutch, German, Arabic).
    static let familyPrefixes: WordSet = ["mc", "mac", "di", "de", "da", "du", "le", "la", "van", "von", "o", "al", "el", "ben"]
    /// Source: hand-written, French prepositions (grammar).
    static let titlePrepositions: WordSet = ["a", "aux", "au", "du", "de", "des", "d", "pour", "sur", "dans", "par", "avec"]
    /// Source: hand-written, French nouns of buildings and sites that head place names.
    static let venueNouns: WordSet = ["palais", "chateau", "pont", "port", "fort", "mont", "val", "bois", "clos", "moulin",
        "plessis", "bourg", "ville", "neuilly", "stade", "parc", "quai", "rue", "avenue", "boulevard", "jardin", "jardins", "square",
        "esplanade"]
    /// Words after a number that make it a quantity, not part of a name.
    /// Source: hand-written, French units, months and counted nouns.
    static let unitWords = WordSet(["ans", "an", "km", "kilometres", "metres", "m", "kg", "tonnes", "heures", "h", "min",
        "minutes", "jours", "mois", "semaines", "millions", "milliards", "mille", "euros", "dollars", "points", "pour",
        "buts", "sur", "contre", "fois", "personnes", "morts", "blesses", "pays"] + monthNames)
    /// Source: hand-written, French month names, folded.
    static let monthNames = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
        "octobre", "novembre", "decembre"]
    static let months = WordSet(monthNames)
    /// Source: hand-written, French participles of leading a body.
    static let leadParticiples: WordSet = ["dirige", "dirigee", "preside", "presidee", "fonde", "fondee"]
    /// The Arabic definite article as French transliterates it, glued by a hyphen to the
    /// capitalised word it defines (`Khan al-Saboun`, `Jemaa el-Fna`, `Abderrahmane es-Saadi`),
    /// with its sun-letter assimilations (`ech-`, `ad-`, `ez-`).
    /// Source: hand-written, the usual French transliterations of the Arabic article.
    static let arabicArticles: Set<String> = ["al", "el", "ad", "ed", "ar", "er", "as", "es", "at", "et", "az", "ez",
        "an", "en", "ach", "ech", "ash", "ej", "dh"]
    /// Source: hand-written, French definite articles (grammar).
    static let definiteArticleWords: WordSet = ["le", "la", "les"]
    /// Particles of Dutch and German surnames (`von der Leyen`, `van den Berg`).
    /// Source: hand-written, Dutch and German surname particles.
    static let germanicParticles: WordSet = ["von", "van", "der", "den", "de", "ter", "ten", "zu"]
    /// Adjectives that name a part of a country or a continent (`Suisse romande`, `Europe occidentale`).
    /// Source: hand-written, French adjectives of regions.
    static let regionAdjectives: WordSet = ["occidental", "occidentale", "oriental", "orientale", "septentrional",
        "septentrionale", "meridional", "meridionale", "romand", "romande", "alemanique", "continentale", "insulaire",
        "austral", "australe", "boreal", "boreale", "francophone", "anglophone", "lusophone", "hispanophone", "arabophone",
        "subsaharienne", "sub saharienne"]
    /// Cardinal numbers written out (`un` and `une` are articles too: left out).
    /// Source: hand-written, French numerals.
    static let cardinalWords: WordSet = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze", "treize", "quinze", "vingt", "trente", "quarante", "cinquante", "cent", "cents", "mille"]
    /// Connectors inside hyphenated names of communes (`Boulogne-sur-Mer`, `Aix-en-Provence`).
    /// Source: hand-written, French prepositions and articles of place names (grammar).
    static let communeConnectors: WordSet = ["sur", "sous", "en", "les", "lez", "aux", "au", "du", "de", "des", "la", "le"]
}
