import KiosqueText

/// Word lists behind entity extraction. Hand-written lists are small and kept here; the
/// long list of country and subdivision names is generated (`GeneratedPlaces.swift`).
/// Every set holds folded forms (`TextFolding.foldName`).
enum Lexicon {
    static func folded(_ words: [String]) -> WordSet { WordSet(words.map(TextFolding.foldName)) }

    /// Places beyond ISO 3166: cities, capitals, regions, continents, seas, islands.
    /// Source: hand-written general geography (capitals, regions, continents, seas) of world news, after the ISO 3166 names generated from Debian `iso-codes` (`tools/lexicon/`).
    static let places: WordSet = folded(GeneratedPlaces.names + """
    La Havane|Havane|Moscou|Washington|Miami|New York|Paris|Londres|Madrid|Rome|Berlin|Pékin|Beijing|Tokyo|Caracas|Managua|\
    Mexico|Bogota|Bogotá|Quito|Lima|La Paz|Santiago du Chili|Buenos Aires|Montevideo|Asuncion|Asunción|Brasilia|Brasília|\
    Sao Paulo|São Paulo|Rio de Janeiro|Panama|San José|Tegucigalpa|San Salvador|Guatemala|Saint-Domingue|Port-au-Prince|\
    Kingston|Ottawa|Toronto|Los Angeles|Las Vegas|San Francisco|Chicago|Houston|Barcelone|Milan|Munich|Montréal|Québec|Genève|Bruxelles|Vienne|Lisbonne|Athènes|Ankara|Istanbul|Téhéran|Bagdad|Damas|\
    Le Caire|Alger|Rabat|Tunis|Tripoli|Pretoria|Johannesburg|Luanda|Nairobi|Addis-Abeba|Dakar|Abuja|Lagos|Kiev|Kyiv|Minsk|\
    Varsovie|Prague|Budapest|Belgrade|Saint-Pétersbourg|Sotchi|Hanoï|Hanoi|Pyongyang|Séoul|New Delhi|Delhi|Islamabad|\
    Suriname|Jérusalem|Gaza|Beyrouth|Doha|Riyad|Dubaï|Santa Clara|Matanzas|Holguín|Camagüey|Cienfuegos|Sancti Spíritus|\
    Ciego de Ávila|Las Tunas|Granma|Guantánamo|Pinar del Río|Artemisa|Mayabeque|Villa Clara|Isla de la Juventud|\
    Île de la Jeunesse|Santiago de Cuba|Vietnam|Viêt Nam|Corée du Nord|Corée du Sud|Syrie|Iran|Laos|Bolivie|Tanzanie|Moldavie|Tchéquie|République tchèque|Royaume-Uni|Grande-Bretagne|Angleterre|Écosse|Pays de Galles|Pays-Bas|Hollande|Émirats arabes unis|Arabie saoudite|Birmanie|Myanmar|Côte d'Ivoire|Cap-Vert|Bahamas|Oriente|Union soviétique|URSS|Yougoslavie|Bayamo|Trinidad|Varadero|Baracoa|Mariel|Cayo Coco|Viñales|Venezuela|\
    Amérique latine|Amériques|Amérique du Sud|Amérique du Nord|Amérique centrale|Amérique|Caraïbes|Caraïbe|mer des Caraïbes|\
    Antilles|Petites Antilles|Grandes Antilles|Antilles françaises|Antilles néerlandaises|\
    Europe|Asie|Afrique|Océanie|Antarctique|Moyen-Orient|Proche-Orient|Maghreb|Sahel|Balkans|Scandinavie|Sibérie|\
    Crimée|Donbass|Patagonie|Amazonie|Andes|Pacifique|Atlantique|Méditerranée|golfe du Mexique|océan Pacifique|\
    océan Atlantique|océan Indien|Porto Rico|Hawaï|Alaska|Floride|Texas|Californie|Guantanamo|Tchétchénie|Kosovo|\
    Palestine|Cisjordanie|Taïwan|Hong Kong|Macao|Tibet|Xinjiang|Gibraltar|Groenland|Sardaigne|Sicile|Corse|Bretagne|\
    Catalogne|Andalousie|Galice|Pays basque|Île de Pâques|Galápagos|Malouines|Martinique|Guadeloupe|Guyane|\
    RDC|RD Congo|RCA|Émirats|RFA|RDA|Biélorussie|Côte d'Azur|Léman
    """.split(separator: "|").map(String.init))

    /// What the gazetteer knows of a word sequence: whether a known name starts with it (so
    /// the lookup goes on), and the type of the name it is, if it is one.
    struct GazetteerEntry: Sendable {
        var type: EntityType?
    }

    /// Every leading word sequence of a known place, organisation or MISC name (`la`,
    /// `la havane`, …), with the type of the whole names among them (MISC over ORG over
    /// PLACE when a name is in several lists): one lookup per word of a candidate name.
    /// Source: derived from `places`, `organisations` and `misc` above.
    static let gazetteer: WordTable<GazetteerEntry> = {
        var entries: [String: GazetteerEntry] = [:]
        for name in places.members + organisations.members + misc.members {
            var words: [Substring] = []
            for word in name.split(separator: " ") {
                words.append(word)
                let prefix = words.joined(separator: " ")
                if entries[prefix] == nil { entries[prefix] = GazetteerEntry() }
            }
        }
        for name in places.members { entries[name]?.type = .place }
        for name in organisations.members { entries[name]?.type = .org }
        for name in misc.members { entries[name]?.type = .misc }
        return WordTable(entries.map { ($0.key, $0.value) })
    }()


    /// Organisations known by name or acronym.
    /// Source: hand-written, international bodies and news agencies of world and Cuban news (no name from an evaluation set).
    static let organisations: WordSet = folded("""
    ONU|OMS|OPS|UNESCO|UNICEF|FAO|PNUD|OTAN|UE|OEA|CELAC|ALBA|ALBA-TCP|BRICS|FMI|OMC|OIT|AIEA|CARICOM|Mercosur|MERCOSUR|\
    UNASUR|SELA|CEPAL|ASEAN|OPEP|OCS|CEI|G20|G7|G77|MINSAP|MINREX|MINCEX|ETECSA|BioCubaFarma|CIGB|Cubana|PCC|UJC|CTC|FMC|\
    CDR|FAR|MININT|ANAP|ACN|ICAP|Prensa Latina|Juventud Rebelde|Cubadebate|Telesur|TeleSUR|Sputnik|RIA Novosti|\
    TASS|Reuters|AFP|EFE|AP|Xinhua|CNN|BBC|Radio Habana Cuba|Radio Havane Cuba|RHC|Gazprom|Rosneft|Roscosmos|Kremlin|\
    Maison Blanche|Pentagone|Congrès|Sénat|Vatican|Union européenne|Nations unies|Organisation des Nations unies|\
    Union africaine|Banque mondiale|Fonds monétaire international|Interpol|Croix-Rouge|Greenpeace|Amnesty International|\
    Institut Finlay|Institut Pedro Kourí|Centre de génie génétique et de biotechnologie|Douma|Assemblée nationale|\
    Parti communiste de Cuba|Parti communiste|Conseil de sécurité|Conseil d'État|Conseil des ministres
    """.split(separator: "|").map(String.init))

    /// Named things that are neither people, places nor organisations.
    /// Source: hand-written, diseases, vaccines, competitions and treaties of world news.
    static let misc: WordSet = folded("""
    Covid-19|Covid|COVID-19|SARS-CoV-2|Zika|Ebola|Omicron|Delta|Abdala|Soberana|Soberana 01|Soberana 02|Soberana Plus|\
    Mambisa|Sputnik V|Pfizer|Interféron|Heberprot-P|Jeux olympiques|Jeux panaméricains|Jeux centraméricains|\
    Jeux centraméricains et caribéens|Mondial|Coupe du monde|Accord de Paris|Agenda 2030|Titre 42|loi Helms-Burton|\
    Helms-Burton
    """.split(separator: "|").map(String.init))

    /// Heads that make the name they start an organisation.
    /// Source: hand-written, French nouns that head names of bodies (grammar of institution names).
    static let organisationHeads: WordSet = folded("""
    ministère|Ministère|Commission|Union|Organisation|Organization|Fonds|Banque|Parti|Assemblée|Conseil|Agence|Institut|\
    Université|Fédération|Comité|Front|Centre|Association|Société|Groupe|Parlement|Sénat|Tribunal|Cour|Forum|Alliance|\
    Mouvement|Communauté|Office|Bureau|Académie|Chambre|Corporation|Entreprise|Ligue|Confédération|Secrétariat|Syndicat|\
    Direction|Département|Laboratoires|Laboratoire|Hôpital|École|Musée|Usine|Coopérative|Corps|Orchestre|Ballet|Compagnie|Club|Équipe|Armée|Marine|\
    Garde|Police|Gouvernement|Église|Fondation|Observatoire|Programme alimentaire mondial|\
    Commandement|Contingent|Cinémathèque|Brigade|Institutions|Universités|Conservatoire|Bibliothèque|Archives|État-major|\
    Haut-Commissariat|Commissariat|Hôpitaux|Autorité|Agences|Fédérations|Syndicats|Associations|Bourse|Opéra|Philharmonie|\
    Système|Cristallerie|Verrerie|Manufacture|Maison|Chœur|Inspection|Service|Services|Collège|Lycée|Cégep|Diocèse|Rectorat|Chantiers|Amicale|Groupement|Congrès|Zoo|Aquarium|\
    Caisse|Caisses|Unité|Organisme|Régie|Forces|Force|Garde-côtes|Gardes-côtes|Ordre|Interprofession|Écomusée|\
    Faculté|Réseau|Établissement|Mutuelle|Generalitat
    """.split(separator: "|").map(String.init))

    /// Heads that make the name they start a MISC entity (events, documents, works).
    /// Source: hand-written, French nouns that head names of events, laws and works, and the
    /// Spanish ones of the Latin American press (`Abierto` an open tournament, `Certamen` a
    /// contest, `Jornada` a day of events, `Semana` a week of them; not `Congreso` nor `Encuentro`,
    /// also a parliament's and a party's names, nor `Cumbre`, also a summit's, `Cumbre Vieja`;
    /// `Lei`, `Ley`: a Portuguese or Spanish law).
    static let miscHeads: WordSet = folded("""
    Jeux|Festival|Foire|Coupe|Championnat|Championnats|Mondial|Biennale|Salon|Traité|Accord|Déclaration|Plan|Loi|Prix|\
    Opération|Marathon|Tour|Grand Prix|Olympiades|Exposition|Accords|Traités|Série|Classique|Charte|Pacte|Protocole|\
    Partenariat|Tournoi|Trophée|Rallye|Mémorial|Carnaval|Fiesta|Feria|Torneo|Campeonato|Code|Convention|Conventions|\
    Directive|Règlement|Fêtes|Fête|Conférence|Constitution|Stratégie|Programme|Projet|Rencontres|Journées|Nuits|\
    Campagne|Contrat|Concours|Liste|Trofeo|Trophy|Copa|Traversée|Jour|\
    Abierto|Clásico|Certamen|Jornada|Jornadas|Bienal|Simposio|Coloquio|Premio|Olimpiada|Semana|Fiestas|Concurso|\
    Regata|Maratón|Meeting|Maratona|Supercoupe|Lei|Ley
    """.split(separator: "|").map(String.init))

    /// Titles and roles: never the start of a name, excluded from spans.
    /// Source: hand-written, French titles of office and civilities.
    static let titles: WordSet = folded("""
    président|présidente|vice-président|vice-présidente|ministre|vice-ministre|premier|première|vice-premier|chancelier|\
    chancelière|secrétaire|général|générale|directeur|directrice|porte-parole|ambassadeur|ambassadrice|docteur|docteure|\
    dr|dre|m|mme|mlle|mgr|me|pr|pape|roi|reine|prince|princesse|sénateur|sénatrice|député|députée|maire|gouverneur|gouverneure|\
    chef|commandant|colonel|lieutenant|capitaine|professeur|professeure|monsieur|madame|saint|sainte|cardinal|archevêque|\
    évêque|père|frère|sœur|général|amiral|camarade|héros|leader|dirigeant|dirigeante|représentant|représentante|délégué|\
    déléguée|envoyé|envoyée|consul|consule|juge|procureur|procureure|présidents|ministres|vice|sous-secrétaire|émir|cheikh|\
    sultan|shah|tsar|empereur|impératrice|lord|sir|lady|don|doña|comandante|compañero|préfet|préfète|sous-préfet|sous-préfète|\
    bourgmestre|majesté|majestés|altesse|altesses|sainteté|éminence
    """.split(separator: "|").map(String.init))

    /// Capitalised words that are not names by themselves (sentence starts, titles of office,
    /// common nouns written with a capital).
    /// Source: hand-written, French capitalised sentence words and common nouns.
    static let notNames: WordSet = folded("""
    à|le|la|les|l|un|une|des|de|du|d|au|aux|ce|cet|cette|ces|il|elle|ils|elles|on|nous|vous|je|tu|en|dans|par|pour|selon|\
    lors|depuis|après|avant|sur|sous|avec|entre|malgré|plusieurs|tant|leur|leurs|son|sa|ses|mais|et|ou|or|donc|puis|enfin|\
    parmi|outre|face|comme|si|quand|lorsque|alors|aussi|également|notamment|près|plus|moins|tous|toutes|tout|toute|\
    chaque|certains|certaines|cependant|toutefois|ainsi|néanmoins|pourtant|d'autre|d'ailleurs|ailleurs|par ailleurs|en fait|\
    quelque|quelques|environ|maintenant|devant|suivant|concernant|moyennant|nonobstant|\
    actuellement|aujourd'hui|hier|demain|désormais|jusqu'à|afin|bien|même|très|trop|peu|beaucoup|y|là|ici|voici|voilà|\
    qui|que|quoi|dont|où|quel|quelle|quels|quelles|lequel|laquelle|pendant|durant|vers|contre|chez|sans|sauf|hors|\
    État|États|Président|Présidente|Gouvernement|Ministre|Ministère|République|Principauté|Nation|Révolution|Etat|Etats|\
    Premier|Première|Vice|Sa|Son|Excellence|Majesté|Seigneur|Dieu|Internet|Web|Nord|Sud|Est|Ouest|Centre|Occident|\
    Orient|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|\
    Septembre|Octobre|Novembre|Décembre|Monsieur|Madame|Mademoiselle|Source|Auteur|Photo|Image|Vidéo|Selon|Note|Ndlr|\
    Lire|Voir|Suite|Fin|Titre|Chapitre|Article|Annexe|Cependant|Toutefois|Ainsi|Enfin|Puis|Certes|Bref|Oui|Non|\
    Sommet|Réunion|Visite|Session|Rencontre|Journée|Semaine|Congrès|Déclaration|Communiqué
    """.split(separator: "|").map(String.init))

    /// Lower-case words that may join capitalised words inside one name.
    /// Source: hand-written, French, Spanish, Portuguese, Italian, Dutch and German name connectors.
    static let connectors: WordSet = ["de", "del", "de la", "des", "du", "da", "dos", "do", "das", "di", "y", "van", "von",
                                          "der", "den", "ter", "bin", "ben", "ibn", "al", "el", "las", "los", "fur",
                                          // (`Akli ag Amastane`, `Sidi ould Brahim`: Tuareg and Hassaniya `son of`.)
                                          "ag", "ould",
                                          // English names and titles (`Bank of America`, `The Old Man and the Sea`, `Doctors for Peace`)
                                          "of", "and", "the", "to", "for"]

    /// Common given names (Spanish, Russian, French, English, Arabic, Chinese transliterations):
    /// a capitalised word sequence starting with one is a person.
    /// Source: hand-written, frequent given names of world news (the long list is `dictionaryGivenNames`).
    static let givenNames: WordSet = folded("""
    Miguel|Fidel|Raúl|Raul|José|Jose|Juan|Carlos|Luis|Jorge|Pedro|Pablo|Manuel|Antonio|Francisco|Javier|Alejandro|Roberto|\
    Ricardo|Eduardo|Fernando|Alberto|Rafael|Ernesto|Camilo|Bruno|Emilio|Andrés|Andres|Gustavo|Nicolás|Nicolas|Hugo|Evo|\
    Daniel|Rodrigo|Gerardo|Marcelo|Salvador|Ramón|Ramon|Alfredo|Armando|Julio|Mario|Sergio|Rubén|Ruben|Víctor|Victor|\
    Alexis|Osvaldo|Abel|Ulises|Marino|Inés|María|Maria|Ana|Rosa|Carmen|Isabel|Teresa|Josefina|Marta|Elena|Laura|Gabriela|\
    Cristina|Dilma|Michelle|Xiomara|Delcy|Vilma|Celia|Mariela|Yuri|Iouri|Youri|Serguei|Sergueï|Sergei|Vladimir|Dmitri|\
    Dmitry|Mikhaïl|Mikhail|Alexandre|Alexander|Alexeï|Alexei|Nikolaï|Nikolai|Ivan|Igor|Oleg|Viatcheslav|Valentina|Maria|\
    Olga|Tatiana|Anna|Lula|Luiz|Inácio|Xi|Jinping|Joe|Donald|Barack|Bill|Hillary|Antony|Marco|Kamala|Mike|John|George|\
    Emmanuel|François|Jean|Pierre|Jacques|Marine|Nicolas|Angela|Olaf|Boris|Justin|Narendra|Recep|Ali|Mohammed|Mohamed|\
    Ahmed|Hassan|Bachar|Ebrahim|Kim|Moon|Shinzo|Fumio|Cyril|Jacob|Nelson|Abiy|António|Antonio|Ban|Kofi|Tedros|Gabriel|\
    Pepe|Ignacio|Esteban|Tomás|Diego|Santiago|Sebastián|Mauricio|Iván|Felipe|Enrique|Guillermo|Héctor|Óscar|Lázaro|\
    Yoel|Yaima|Yamila|Dayron|Leonardo|Omara|Silvio|Pablo|Alicia|Frank|Raymond|Marcos|Leonel|Ernesto|Che|Haydée|Frank|\
    Mariano|Alberto|Gilberto|Vicente|Benito|Simón|Simon|Augusto|Sandino|Amílcar|Oscar|Martín|Martin|Julián|Julian|\
    Adriana|Alejandra|Amalia|Andrea|Ángela|Angélica|Antonia|Aurora|Beatriz|Blanca|Camila|Carla|Carolina|Catalina|Cecilia|\
    Claudia|Clara|Concepción|Consuelo|Daniela|Diana|Dolores|Elisa|Elizabeth|Esperanza|Estela|Esther|Eva|Fernanda|Gloria|\
    Graciela|Guadalupe|Irene|Isabela|Juana|Julia|Leticia|Lidia|Lourdes|Lucía|Lucia|Luisa|Magdalena|Margarita|Mariana|\
    Marisela|Mercedes|Milagros|Miriam|Mónica|Natalia|Norma|Olivia|Paola|Patricia|Paula|Pilar|Raquel|Regina|\
    Rocío|Sandra|Sara|Silvia|Sofía|Sofia|Soledad|Susana|Verónica|Victoria|Virginia|Yolanda|Yanet|Yusleidy|Yanelis|Yarelis|\
    Adrián|Agustín|Álvaro|Ángel|Arturo|Bernardo|Carlos|César|Cristian|Cristóbal|Domingo|Edgar|Efraín|Eliseo|Elías|\
    Emiliano|Eugenio|Federico|Fabián|Félix|Gonzalo|Gregorio|Horacio|Hernán|Humberto|Ismael|Jaime|Jesús|Joaquín|Jorge|\
    Leandro|Lorenzo|Lucas|Marcial|Matías|Maximiliano|Moisés|Nelson|Norberto|Orlando|Pascual|Patricio|Raimundo|Reinaldo|\
    Renato|Rolando|Samuel|Saúl|Teodoro|Tomás|Valentín|Walter|Wilfredo|Yordan|Yunior|Yasmani|Osmany|Alexei|Dayana|\
    Tiago|João|Joao|Paulo|Marcelo|Gilmar|Luana|Beatriz|Fernão|Gonçalo|Rui|Vasco|Agostinho|Eduardo|Manoel|\
    Jean-Pierre|Jean-Paul|Jean-Luc|Jean-Marc|Jean-Michel|Marie|Anne|Sophie|Isabelle|Catherine|Nathalie|\
    Claire|Julien|Michel|Philippe|Patrick|Laurent|Christophe|Olivier|Thierry|Éric|Eric|Stéphane|Sébastien|Vincent|\
    Louis|Paul|Henri|André|Marcel|Georges|Robert|René|Yves|Alain|Bernard|Dominique|Ségolène|Édouard|Gérard|\
    James|Robert|Michael|William|David|Richard|Thomas|Charles|Christopher|Matthew|Mark|Steven|Paul|Andrew|Kevin|Brian|\
    Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|Ashley|\
    Nikolaï|Andreï|Andrei|Pavel|Aleksandr|Maxim|Anton|Konstantin|Mikhaïl|Evgueni|Ievgueni|Guennadi|Anatoli|Valeri|\
    Vassili|Grigori|Piotr|Ekaterina|Natalia|Svetlana|Irina|Elvira|Marina|Lioudmila|Maria|Veronika|Daria|Ksenia|\
    Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Lin|Mao|Deng|Jiang|Zhu|Nguyen|Tran|Pham|\
    Abdel|Abdallah|Abdoulaye|Ahmad|Amadou|Amina|Aziz|Fatima|Fatou|Hamid|Ibrahim|Ismaïl|Karim|Khaled|Mahmoud|\
    Moussa|Mustafa|Cheikh|Ousmane|Rachid|Saïd|Salah|Samir|Youssef|Yasser|Joao|Jacinto|\
    Narendra|Rahul|Sonia|Indira|Shinzo|Yoshihide|Recep|Hakan|Mevlüt|Benjamin|Yitzhak|Shimon|Golda|Mahmoud
    """.split(separator: "|").map(String.init))

    /// Two-letter Chinese family names, written first (`Li` for `Li Wenjun`).
    /// Source: hand-written, two-letter Chinese family names in pinyin.
    static let chineseSurnames: WordSet = ["li", "wu", "xi", "hu", "he", "ma", "lu", "yu", "xu", "su", "fu", "gu", "qi", "du"]

    /// Names whose usual acronym their initials do not spell (`Nations unies` … `ONU`).
    /// Source: hand-written, French usage.
    static let knownAcronyms: WordTable<String> = WordTable([("nations unies", "onu")])

    /// Words that announce a place right after them (`à Miami`, `vers l'île de`).
    /// Source: hand-written, French prepositions of place (grammar). Not `via`: what a message or
    /// a payment goes through is as often an agency or a service (`via Europol`, `via Wave`).
    static let placePrepositions: WordSet = ["a", "au", "en", "vers", "depuis", "dans", "jusqu'a"]

    /// Nationality adjectives that `isAdjective`'s endings miss (`russe`, `belge`…).
    /// Source: hand-written, French nationality adjectives without a regular suffix.
    static let nationalityAdjectives: WordSet = ["russe", "russes", "belge", "belges", "suisse", "suisses", "arabe", "arabes",
        "argentin", "argentine", "argentins", "argentines",
        "tcheque", "tcheques", "turque", "turques", "grecque", "grecques", "basque", "basques", "slovaque", "slovaques",
        "khmere", "khmeres", "serbe", "serbes", "croate", "croates", "slovene", "slovenes", "scandinave", "scandinaves",
        "uni", "unie", "unies", "unis", "flamand", "flamande", "flamands", "flamandes", "wallon", "wallonne", "wallons",
        // (`Fête romande de lutte suisse`: peoples' and regions' adjectives that no ending tells.)
        "allemand", "allemande", "allemands", "allemandes", "normand", "normande", "normands", "normandes", "romand", "romande",
        "romands", "romandes", "breton", "bretonne", "bretons", "bretonnes", "savoyard", "savoyarde", "savoyards", "savoyardes",
        "wallonnes", "bielorusse", "bielorusses", "ukrainien", "ukrainienne", "turc", "turcs", "grec", "grecs",
        "ouzbek", "ouzbeks", "ouzbeke", "ouzbekes", "kazakh", "kazakhs", "kazakhe", "kazakhes", "tadjik", "tadjiks",
        "tadjike", "tadjikes", "kirghiz", "kirghize", "kirghizes", "turkmene", "turkmenes", "afghan", "afghans", "afghane",
        "afghanes", "azeri", "azeris", "azerie", "azeries", "bulgare", "bulgares", "moldave", "moldaves", "letton", "lettons",
        "lettone", "lettones", "monegasque", "monegasques", "malgache", "malgaches", "kurde", "kurdes", "kenyan", "kenyans",
        "kenyane", "kenyanes", "nigerian", "nigerians", "nigeriane", "nigerianes", "guatemalteque", "guatemalteques",
        // (Feminine and other forms no ending above gives: `la Suissesse Nadine Vorlaz`.)
        "suissesse", "suissesses", "chypriote", "chypriotes", "cypriote", "cypriotes", "qatari", "qatarie", "qataris",
        "qataries", "emirati", "emiratie", "emiratis", "emiraties", "burkinabe", "burkinabes", "andorran", "andorrane",
        "andorrans", "andorranes", "catalan", "catalane", "catalans", "catalanes"]

    /// Nouns that announce the title of a work in quotes (`le film « Fresa y chocolate »`,
    /// `les nouveaux titres, « … »`), singular and plural.
    /// Source: hand-written, French nouns of works.
    static let workNouns: WordSet = folded("""
    film|films|livre|roman|chanson|album|œuvre|oeuvre|pièce|documentaire|série|émission|revue|opéra|ballet|disque|\
    tableau|poème|poésie|recueil|essai|court-métrage|long-métrage|spectacle|exposition|feuilleton|telenovela|ouvrage|\
    tube|single|morceau|titre|tournée|livres|romans|chansons|albums|œuvres|oeuvres|pièces|documentaires|séries|\
    émissions|opéras|disques|tableaux|poèmes|recueils|essais|spectacles|expositions|ouvrages|tubes|singles|morceaux|titres
    """.split(separator: "|").map(String.init))

    /// Lower-case class nouns that announce the type of the unknown name after them
    /// (`le groupe Iberdrola`, `la ville de Gibara`, `le vaccin Qdenga`), folded.
    /// Source: hand-written, French class nouns (and `moreClassNouns`).
    static let classNouns: WordTable<EntityType> = {
        var table: [String: EntityType] = [:]
        for word in """
        groupe|societe|entreprise|compagnie|laboratoire|laboratoires|consortium|association|electricien|constructeur|\
        firme|fabricant|operateur|journal|quotidien|hebdomadaire|chaine|agence|syndicat|parti|mouvement|coalition|\
        fondation|ong|organisation|organisations|producteur|productrice|club|universite|banque|assureur|cabinet|\
        multinationale|compagnies|societes|entreprises|groupes|associations|formation|collectif|brigade|institution|\
        ong|filiale|filiales|chaines|orchestre|plateforme|plateformes|equipe|studio|studios|label|editeur|maison|\
        regroupement|groupement|federation|confederation|regie|ecurie|ecuries
        """.split(separator: "|") { table[String(word)] = .org }
        for word in """
        ville|villes|village|villages|localite|localites|commune|communes|province|provinces|region|regions|\
        departement|port|ile|iles|municipalite|quartier|capitale|district|comte|bourgade|cite|archipel|peninsule|\
        pres|originaire|originaires|fleuve|riviere|lac|volcan|baie|vallee|desert|montagne|massif
        """.split(separator: "|") { table[String(word)] = .place }
        for word in """
        virus|vaccin|vaccins|medicament|meeting|tournoi|festival|operation|programme|projet|plan|satellite|fusee|\
        navire|film|documentaire|logiciel|application|modele|conference|prix|trophee|epidemie|foire|salon|congres|candidat|\
        fievre|maladie
        """.split(separator: "|") { table[String(word)] = .misc }
        for (word, type) in moreClassNouns where table[word] == nil { table[word] = type }
        return WordTable(table.map { ($0.key, $0.value) })
    }()

    /// Lower-case nouns of seas, gulfs and reliefs that begin a place's name (`mer des Caraïbes`),
    /// and of works and buildings that do too (`pont …`, `barrage de …`, `palais du …`).
    /// (`massif` and `fleuve` are descriptive: `le massif de Nipe-Sagua-Baracoa` → `Nipe-Sagua-Baracoa`.)
    /// Source: hand-written, French geographic nouns.
    static let featureNouns = WordSet(featureNounWords)
    static let featureNounWords = ["mer", "ocean", "golfe", "detroit", "canal", "baie", "lac", "mont", "monts",
                                            "cordillere", "desert", "cap", "bande", "pic", "passage", "iles", "ile", "riviere", "glacier", "col", "vallee",
        "rue", "avenue", "boulevard", "quai", "pont", "barrage", "palais", "place", "etang", "pointe", "erg",
        "phare", "cloitre", "banc", "theatre", "jardin", "hotel",
        // Named venues and sites (`stade Pierre-Mauroy`, `château de Beynac`, `gorges du Verdon`).
        "stade", "salle", "patinoire", "piscine", "gymnase", "velodrome", "hippodrome", "parc", "gare", "chateau",
        "citadelle", "abbaye", "gorges", "presqu'ile", "terminal", "lagune", "grotte", "gouffre", "colline",
        // Places of worship and the seabed's and the crust's features (`cathédrale Notre-Dame-de-…`, `fosse des …`).
        "cathedrale", "eglise", "basilique", "chapelle", "plaza", "fosse", "faille",
        // (`temple de la Dent`, `oratoire San Felipe Neri`, `raz Blanchard`: temples, oratories and
        // tidal races.)
        "temple", "oratoire", "raz",
        // (`ruisseau Hunker`, `îlet Chancel`, `fleuve Gambie`: creeks, islets and rivers to the sea
        // (the sets keep `fleuve` twelve times out of thirteen). `djebel Chélia`, `oued Righ`: the
        // Maghreb's mountains and rivers; `arroyo Bruno`, `río Ranchería`: Spanish streams.)
        "ruisseau", "ilet", "fleuve", "djebel", "jebel", "oued", "arroyo", "rio",
        // (`forêt d’Anlier`, `récifs Bellona`, `piton des Neiges`, `salar d’Uyuni`, `causse de Blandas`,
        // `volcan de Fuego`, `mogote Dos Hermanas`: forests, reefs, peaks, salt flats, limestone plateaus,
        // volcanoes and karst hills keep their noun; so do peninsulas, `péninsule de Nicoya`, in the
        // six latest sets that name one (four older ones left it out), as the guidelines' rule 4 has it.
        // Not `atoll`: the sets keep the noun as often as they leave it out.)
        "foret", "recif", "recifs", "causse", "chott", "salar", "piton", "volcan", "mogote", "peninsule",
        // (`crique Ipoucin`, `rampe Sainte-Waudru`, `collégiale Sainte-Waudru`, `sentier des Venturiers`,
        // `plateau du Cengle`: Guiana's creeks, ramps, collegiate churches, paths; a plateau with its `de`.)
        "crique", "rampe", "collegiale", "sentier", "plateau",
        // (`plaine de Maribahoux`, `tunnel du Fréjus`, `val d’Hérens`, `montagne Pelée`: plains,
        // tunnels, valleys and mountains, kept by the sets 12 times out of 15.)
        "plaine", "tunnel", "val", "montagne",
        // (`calle Amargura`, `promenade des Anglais`: Spanish streets and promenades; `plage Ancón`,
        // `jardins Biovès`: beaches and gardens named right after their noun. `marché Sandaga`: see
        // `NamedFeatureRule`.)
        "calle", "avenida", "calzada", "promenade", "plage", "jardins",
        // (`le fort San Lorenzo`: a fort named right after its noun keeps it, six times of seven in
        // the sets; see `NamedFeatureRule` for the adverb.)
        "fort"]

    /// Feature nouns whose name may follow without `de` (`mer Rouge`, `pic Turquino`, `îles Turques-et-Caïques`).
    /// Source: hand-written, French geographic nouns.
    static let directFeatureNouns: WordSet = ["mer", "golfe", "lac", "mont", "monts", "pic", "iles", "ile", "ocean", "cap",
        "riviere", "rue", "avenue", "boulevard", "quai", "pont", "erg", "theatre", "place", "hotel", "barrage",
        "stade", "salle", "patinoire", "piscine", "gymnase", "velodrome", "hippodrome", "parc", "gare", "terminal",
        "cathedrale", "eglise", "basilique", "chapelle", "plaza", "faille", "temple", "oratoire", "raz",
        "ruisseau", "ilet", "fleuve", "pointe", "djebel", "jebel", "oued", "arroyo", "rio", "recif", "recifs", "chott", "volcan", "mogote",
        "crique", "rampe", "collegiale", "sentier", "morne", "montagne", "calle", "avenida", "calzada", "promenade", "plage",
        "marche", "jardins",
        // (`la baie James`, `la baie Sainte-Marie`: a bay named right after its noun keeps it, as the sets do.)
        "baie", "fort"]

    /// Acronyms of common nouns: never names (`l’ONG britannique`, `le PIB`, `un Ehpad`), written
    /// in capitals or not.
    /// Source: hand-written, French acronyms of common nouns.
    static let commonAcronyms: WordSet = ["ong", "pib", "pme", "adn", "arn", "ogm", "tva", "pdg", "qg", "hlm", "tgv", "sms",
        "ehpad", "smic", "rsa", "cdi", "cdd", "ivg", "pma", "tpe", "eti", "rtt", "vtc", "suv", "ttc", "ia", "evp", "cet1", "ssd", "gps",
        // Quality labels and light aircraft (`sous l’IGP`, `l’AOP Lentille verte du Puy`, `un ULM`).
        "igp", "aop", "aoc", "ulm",
        // (`le test PCR`: a laboratory technique.)
        "pcr",
        // Chemical formulas (`les émissions de CO2`).
        "co2", "ch4", "n2o", "no2", "so2", "h2o", "nox", "pm10", "pm2"]

    /// First words of place names (`San Antonio de los Baños`, `Sierra Maestra`, `Villa Tunari`).
    /// Source: hand-written, Spanish, Portuguese and French first words of place names.
    static let placeFirstWords: WordSet = ["san", "santa", "santo", "sao", "sierra", "villa", "puerto", "porto", "ciudad",
        "rio", "cayo", "punta", "bahia", "isla", "monte", "cerro", "lago", "nueva", "nuevo", "port", "fort", "playa", "valle",
        "cabo", "laguna", "sainte", "saint", "mont", "finca", "hacienda", "parque", "reparto",
        "cayos", "islas", "iles", "llanos", "altos", "jardines",
        // (`Pico El Toldo`, `Carretera Central`, `Paso Severino`, `Caleta Buena`: Spanish peaks, roads, fords and coves.)
        "pico", "carretera", "autopista", "calzada", "avenida", "paso", "caleta",
        // (`Pic Vorlane`, `Piton de la Sourde`, `Cap Ardel`: French relief and coast nouns, capitalised as names.)
        "pic", "piton", "cap", "col", "pointe", "anse", "plateau", "massif", "morne",
        // (`Côte d’Opale`, `Île Maurice`, `Vallée d’Aoste`, `Forêt Noire`, `Porte Maillot`: coasts, islands, valleys, forests, city gates.)
        "cote", "costa", "ile", "vallee", "foret", "golfe", "lac", "val", "porte",
        // (`Jebel Ardoun`, `Souk Vorla`, `Deir Brelan`, `Nahr Vorla`, `Tizi Brelan`: Arabic and Berber
        // words for a mountain, a market, a spring, a river bed, a river, a well, a cape, a monastery,
        // a house, a village, a gate, a fort, a pass, as such place names begin.)
        "jebel", "djebel", "jbel", "jabal", "souk", "ain", "oued", "wadi", "bir", "ras", "deir", "beit", "kafr", "kfar",
        "bint", "nahr", "hassi", "ksar", "bab", "bordj", "tizi",
        // (`Barrio Chino`, `Barrio Sur`: a Spanish town's quarter, four times of five in the sets;
        // `Route du Thé`, `Route Blanche`: a named road, three times of four, `Route du Rhum` a race.)
        "barrio", "route"]

    /// Words that make a multi-word name an organisation wherever they stand (`Cavalry FC`,
    /// `Sierra Club Canada`, `Lumbre Producciones`, `World Boxing`).
    /// Source: hand-written, English, French and Spanish words of company and club names.
    static let organisationWords: WordSet = ["club", "fc", "cf", "sa", "inc", "ltd", "llc", "corp", "group", "company", "bagad",
        "airlines", "airways", "bank", "producciones", "productions", "records", "studios", "films", "foundation",
        "institute", "university", "college", "holdings", "motors", "pharma", "telecom", "asociacion", "fundacion",
        "instituto", "universidad", "empresa", "grupo", "federacion", "compania", "partido", "movimiento", "editorial",
        "archivo", "banco", "centro", "teatro", "consejo", "ministerio", "escuela", "biblioteca", "coro", "orquesta", "society", "acuario",
        // (`Oficina del Historiador de la Ciudad`: a Spanish office; `Gobierno de Canarias`, `Cabildo de
        // Lanzarote`, `Dirección General de Minería`, `Sociedad Económica de …`, `Patronato de …`,
        // `Concello da Coruña`: Spanish and Galician governments, councils, directorates and
        // under-secretariats, societies, funds, cooperatives, agencies, authorities, trusts.)
        "oficina", "gobierno", "cabildo", "ayuntamiento", "alcaldia", "direccion", "secretaria", "sociedad", "fondo",
        "cooperativa", "agencia", "autoridad", "comision", "corporacion", "servicio", "fiscalia", "cinemateca", "subsecretaria",
        "patronato", "concello",
        "ediciones", "network", "news", "press", "media", "association", "federation", "council", "committee", "agency",
        "league", "baseball", "football", "basketball", "hockey", "hospital",
        // (`Metz Handball`, `Team Esbjerg`: clubs named after their sport.)
        "team", "handball", "basket", "volley", "rugby", "judo", "natation", "athletisme", "cyclisme", "escrime", "tennis",
        // (`Kestrel Logistics SE`, `Orvane Resources Group`: English words of company names anywhere in
        // them, beside `companySuffixes` that end them; `… Journal`: a title of the press.)
        "resources", "logistics", "laboratories", "sports", "united", "insurance", "investments", "financial", "academy", "board",
        // (`Smithsonian Institution`, `Laboratory of Tree-Ring Research`: English names of institutions.)
        "institution", "laboratory", "museum", "observatory", "commission", "authority", "service", "trust",
        // (`Douaisis Agglo`, `Estérel Côte d’Azur Agglomération`, `Rennes Métropole`: intercommunal authorities.)
        "agglo", "agglomeration", "metropole",
        // (`Defensoría del Pueblo`, `Fiscalía General`: Spanish names of public bodies.)
        "defensoria", "fiscalia", "contraloria", "procuraduria", "registraduria", "superintendencia", "cancilleria",
        "robotics", "aerospace", "automotive", "chemicals", "agri", "beauty", "cosmetics", "journal", "letters",
        // (`Orfeo Gestion`, `Alvéa Assurances`, `Kerlan Capital`: French and English words of firms' names.)
        "gestion", "assurances", "finance", "capital", "partners", "invest", "securities", "consulting", "technologies",
        "solutions", "systems", "software", "labs", "ventures", "industries", "immobilier", "logistique",
        // (`Septeto Habanero`, `Charanga Juvenil de Candelaria`, `Conga de Los Hoyos`: Spanish nouns of bands,
        // carnival groups and dance companies.)
        "septeto", "sexteto", "cuarteto", "quinteto", "conjunto", "charanga", "conga", "comparsa", "danza", "orquestra"]

    /// First words that make a multi-word name an organisation (`World Athletics`, `Los Van Van`, `Casa de las Américas`, `Air …` airlines).
    /// Source: hand-written, English, French and Spanish first words of organisation names.
    static let organisationFirstWords: WordSet = ["world", "los", "casa", "radio", "banco", "union", "air",
        // (`Cámara de Representantes`: a chamber opening the name; `Saliou Camara` is someone.)
        "camara",
        // (Foreign adjectives of nations that open companies' and bodies' names: `Deutsche …`, `British …`.)
        "deutsche", "deutscher", "british", "american", "royal", "swiss", "national", "international"]

    /// Words that make a multi-word name an event (`Grand Chelem de Tachkent`, `Grand Prix de Monaco`).
    /// Source: hand-written, French and English words of competition and event names.
    static let miscWords: WordSet = ["chelem", "prix", "open", "classic", "cup", "masters", "championship", "games", "awards", "expo",
        // (`Festival de …`, `Salon du …`, `Cross de …`: festivals, fairs and races.)
        "festival", "salon", "foire", "biennale", "tournoi", "championnat", "rallye", "marathon", "cross", "trophee",
        "trail", "ultra trail", "francofolies",
        // (`Fiestas Sanjuaneras`, `Challenge panaméricain`: Spanish feasts and French challenge cups.)
        "fiesta", "fiestas", "challenge",
        // (`Jornada Cucalambeana`: a Spanish day of festivities.)
        "jornada", "jornadas",
        // (`Tour du Faso`, `Continental Tour`, `Gran Premio Cantones`, `Orange Bowl`, `Calgary Stampede`,
        // `Cape Epic`, `Carnaval de Binche`: stage races and circuits, grand prix, bowls, rodeos,
        // endurance races and carnivals.)
        "tour", "premio", "bowl", "stampede", "epic", "carnaval",
        // (`Revista Cubana de Medicina Tropical`: a Spanish journal is a work.)
        "revista"]

    /// Fields a Spanish ministry or directorate serves (`Ministerio de Salud Pública`, `Dirección de
    /// Cultura`): after such a body's head and `de`, the word goes on with the name even where it is
    /// also a given name (`Salud`). Source: hand-written, Spanish nouns of public services.
    static let iberianFieldWords: WordSet = ["salud", "educacion", "cultura", "deportes", "trabajo", "justicia", "comercio",
        "turismo", "transporte", "transportes", "energia", "agricultura", "economia", "hacienda", "defensa", "vivienda",
        "industria", "comunicaciones", "ciencia", "seguridad", "higiene", "epidemiologia"]

    /// Spanish and Portuguese nationality adjectives, which end bodies' names (`Petróleos Mexicanos`,
    /// `Aerolíneas Argentinas`), never a person's. Source: hand-written, Spanish and Portuguese grammar.
    static let iberianNationalityAdjectives: WordSet = {
        let stems = ["cuban", "mexican", "venezolan", "colombian", "peruan", "bolivian", "argentin", "chilen", "uruguay",
            "paraguay", "ecuatorian", "dominican", "american", "latinoamerican", "centroamerican", "panamen", "hondurem",
            "salvadoren", "guatemaltec", "costarricens", "puertorriquen", "brasilen", "brasileir", "portugues", "espanol"]
        return WordSet(stems.flatMap { [$0 + "o", $0 + "a", $0 + "os", $0 + "as"] })
    }()

    /// Spanish and Portuguese nouns of venues (`Estadio Latinoamericano` is a place).
    /// Source: hand-written, Spanish and Portuguese nouns.
    static let iberianVenueNouns: WordSet = ["estadio", "coliseo", "teatro", "museo", "museu", "parque", "plaza", "praca",
        "palacio", "hotel", "aeropuerto", "aeroporto", "puerto", "porto", "playa", "sala", "estacion", "estacao"]

    /// Spanish words of position that follow a place's name to name a part of it (`Mayarí
    /// Arriba`, `Vuelta Abajo`, `Magdalena Medio`). Source: hand-written, Spanish adverbs and adjectives.
    static let spanishPositionWords: WordSet = ["arriba", "abajo", "medio"]

    /// The venue nouns of `iberianVenueNouns` whose names are their institutions' (museums,
    /// theatres, hotels). Source: hand-written, the annotation guidelines' museums and theatres.
    static let iberianInstitutionVenueNouns: WordSet = ["museo", "museu", "teatro", "hotel"]

    /// Last words of competitions' names (`Premier League`, `World Series`, `Betclic Élite`).
    /// Source: hand-written, English and French nouns of sports competitions.
    static let competitionLastWords: WordSet = ["league", "series", "elite", "championship", "championships", "cup", "trophy"]

    /// Words that announce a named storm.
    /// Source: hand-written, French nouns of storms.
    static let stormWords: WordSet = ["ouragan", "tempete", "cyclone", "typhon"]

    /// Lower-case domain nouns that can close an institution's name (`Organisation mondiale de la santé`).
    /// Source: hand-written, French nouns of portfolios and fields.
    static let domainNouns: WordSet = folded("""
    santé|commerce|tourisme|culture|éducation|agriculture|industrie|intérieur|justice|énergie|défense|travail|économie|\
    transports|transport|communications|sports|sport|environnement|alimentation|recherche|sciences|science|technologie|\
    planification|finances|mines|pêche|construction|logement|développement|enseignement|jeunesse|femmes|paix|sécurité|\
    migrations|réfugiés|droits|affaires|relations|coopération|investissement|informatique|information|presse|radio|\
    télévision|biotechnologie|génétique|médecine|météorologie|eau|eaux|pétrole|hydrocarbures|électricité|budget|\
    emploi|famille|solidarité|innovation|numérique|télécommunications|habitat|urbanisme|élevage|forêts|artisanat|travaux
    """.split(separator: "|").map(String.init) + sportNames)

    /// Sports, which close the names of federations and competitions (`Fédération française de
    /// handball`, `Coupe du monde de biathlon`).
    /// Source: hand-written, French names of sports (Olympic programme and common others).
    static let sports: WordSet = folded(sportNames)
    static let sportNames = """
    athlétisme|biathlon|ski|football|rugby|handball|basket|basket-ball|volley|volley-ball|tennis|golf|natation|cyclisme|\
    judo|escrime|boxe|aviron|canoë|kayak|patinage|triathlon|gymnastique|équitation|hockey|baseball|badminton|karaté|\
    taekwondo|haltérophilie|escalade|snowboard|bobsleigh|luge|curling|pentathlon|heptathlon|cross-country|\
    échecs|pétanque|surf|skeleton|plongeon|plongée|tir|voile|softball|water-polo|squash|sambo|kickboxing|kick-boxing|\
    beach-volley|cricket|rafting|motocross|parachutisme|trampoline|billard|futsal|cyclo-cross|ski-alpinisme|bmx
    """.split(separator: "|").map(String.init)
}
