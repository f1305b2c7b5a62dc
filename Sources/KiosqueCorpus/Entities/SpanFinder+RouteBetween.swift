/// `la route entre Vorlac et Brenvik`, `la liaison ferroviaire entre …`: the ends of a route
/// are places (`l’accord entre …` joins bodies: only nouns of ways and journeys count). The
/// second end takes the first's type along the coordination (`agreeInCoordinations`).
extension SpanFinder {
    func isRouteEnd(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard cursor.lookahead(-1, { $0.isWord && $0.length == 5 && $0.folded == "entre" }) else { return false }
        // (Up to three lower-case words may qualify the noun: `la liaison ferroviaire entre …`,
        // `la ligne à haute tension entre …`, `la ligne de bus entre …`.)
        for nounOffset in stride(from: -2, through: -5, by: -1) {
            guard cursor.lookahead(nounOffset, { $0.isWord && !$0.isCapitalized }) else { return false }
            if cursor.word(nounOffset, in: Lexicon.routeNouns) { return true }
        }
        return false
    }
}

extension SpanFinder {
    /// `les coteaux entre Wormeldange et Ahn`, `ils ont grandi entre Mbao et Thiaroye`: a name
    /// of one word after `entre`, with another after `et`, is one end of a stretch of land
    /// (people are named in full; bodies between two names are rarer than towns).
    func isBetweenPairStart(start: Int, end: Int) -> Bool {
        guard start == end else { return false }
        // (`entre Kouré, Fandou et Harikanassou`: every name of a list before `et` is a stretch's end.)
        var first = start
        while first >= 3, tokens[first - 1].symbol == ",", tokens[first - 2].isWord, tokens[first - 2].isCapitalized,
              !tokens[first - 2].isAcronym, !tokens[first - 3].isCapitalized || !tokens[first - 3].isWord { first -= 2 }
        var last = start
        while last + 2 < tokens.count, tokens[last + 1].symbol == ",", tokens[last + 2].isWord, tokens[last + 2].isCapitalized,
              !tokens[last + 2].isAcronym, last + 3 < tokens.count, !(tokens[last + 3].isWord && tokens[last + 3].isCapitalized) { last += 2 }
        let cursor = TokenCursor(tokens, at: first)
        guard cursor.lookahead(-1, { $0.isWord && $0.length == 5 && $0.folded == "entre" }) else { return false }
        // (`l’accord entre Vorbaxe et Trelnext`: what ties two parties joins bodies or people.)
        if cursor.lookahead(-2, { $0.isWord && Self.tieNouns.contains($0) })
            || (cursor.lookahead(-2) { $0.isWord && isAdjective($0) }
                && cursor.lookahead(-3) { $0.isWord && Self.tieNouns.contains($0) }) {
            return false
        }
        let after = TokenCursor(tokens, at: last)
        guard after.lookahead(1, { $0.isWord && $0.length == 2 && $0.folded == "et" }) else { return false }
        // (`entre Boulouparis et le littoral`, `entre Matete et le marché central`: the other end a
        // common noun of land or of a town's parts.)
        return after.lookahead(2) { $0.isWord && ($0.isCapitalized && !$0.isAcronym && !$0.isGivenName
                || (last > first && $0.isFold(oneOf: ["le", "la", "les", "l"]))) }
            || (after.word(2, in: Lexicon.definiteArticleWords) && after.lookahead(3) { isStretchEndNoun($0) })
            || after.lookahead(2) { $0.afterElision && isStretchEndNoun($0) }
    }

    /// `Entre cette gare et Mont-Louis`, `entre l’aéroport et Quelmoro`: a name of one word after
    /// `et`, when `entre` opened with a common noun of land or of a town's parts, is the other end.
    func isBetweenPairEnd(start: Int, end: Int) -> Bool {
        guard start == end, start >= 3 else { return false }
        let cursor = TokenCursor(tokens, at: start)
        guard cursor.lookahead(-1, { $0.isWord && $0.length == 2 && $0.folded == "et" }),
              cursor.lookahead(-2, { isStretchEndNoun($0) }) else { return false }
        let entre = { (token: NameToken) in token.isWord && token.length == 5 && token.folded == "entre" }
        if tokens[start - 2].afterElision { return cursor.lookahead(-3, entre) }
        return cursor.word(-3, in: Self.stretchDeterminers) && cursor.lookahead(-4, entre)
    }

    /// A lower-case noun of land, of a town's parts or of a way's ends (`le littoral`, `la gare`).
    private func isStretchEndNoun(_ token: NameToken) -> Bool {
        token.isWord && !token.isCapitalized && (Lexicon.stretchEndNouns.contains(token) || token.classNounType == .place)
    }

    private static let stretchDeterminers: WordSet = ["le", "la", "les", "ce", "cet", "cette", "ces"]

    /// `la route qui relie Tavannes au Noirmont`, `l’itinéraire qui relie Chamonix à Zermatt`: what a
    /// way links, right after the verb, is a place.
    func isLinkedEnd(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        return !tokens[start].afterElision && cursor.lookahead(-1) { $0.isWord && !$0.isCapitalized && Lexicon.linkingVerbs.contains($0) }
    }

    /// Nouns of agreements, contests and relations between parties.
    /// Source: hand-written, French nouns.
    private static let tieNouns: WordSet = ["accord", "accords", "traite", "pacte", "protocole", "memorandum", "contrat",
        "partenariat", "alliance", "entente", "fusion", "coentreprise", "collaboration", "cooperation", "dialogue", "negociations",
        "relations", "relation", "lien", "liens", "echanges", "rapprochement", "mariage", "match", "matchs", "rencontre", "duel",
        "finale", "derby", "combat", "choc", "rivalite", "concurrence", "conflit", "differend", "litige", "guerre", "tensions",
        "tension", "bras", "face"]
}

extension SpanFinder {
    /// `de Mandera, à la frontière, jusqu’à Kwale`, `depuis Vorlac jusqu’au lac`: the start of
    /// an extent that runs `jusqu’à` somewhere is a place (an apposition may stand between).
    func isExtentStart(start: Int, end: Int) -> Bool {
        guard start > 0, elidedDe(tokens[start]) || tokens[start - 1].isWord && tokens[start - 1].isFold(oneOf: ["de", "depuis"])
        else { return false }
        var next = end + 1
        if next < tokens.count, tokens[next].symbol == "," {
            // (Over one apposition between commas.)
            guard let close = tokens[(next + 1)...].prefix(10).firstIndex(where: { $0.symbol == "," }) else { return false }
            next = close + 1
        }
        // (`jusqu’à` is read as an elided `jusqu’` before `à`.)
        return next < tokens.count && tokens[next].isWord && tokens[next].afterElision && tokens[next].isFold(oneOf: ["a", "au", "aux"])
    }
}

extension Lexicon {
    /// Forms of `relier`, whose object is one end of a way. Source: hand-written, French conjugation.
    static let linkingVerbs: WordSet = ["relie", "relient", "reliait", "reliaient", "relier", "reliant", "reliera", "relieront",
        "reliee", "relies", "reliees"]

    /// Nouns of ways and journeys, whose ends are places.
    /// Source: hand-written, French transport vocabulary.
    static let routeNouns: WordSet = ["route", "routes", "liaison", "liaisons", "ligne", "lignes", "trajet", "trajets",
        "axe", "troncon", "autoroute", "voie", "frontiere", "vol", "vols", "traversee", "navette", "navettes", "distance", "train",
        "trains", "pont", "tunnel", "itineraire", "parcours", "etape", "corridor"]
}

extension Lexicon {
    /// Common nouns that may stand at one end of a stretch between two points.
    /// Source: hand-written, French nouns of land, coasts, towns' parts and stations.
    static let stretchEndNouns: WordSet = ["littoral", "cote", "rive", "frontiere", "mer", "ocean", "montagne", "plaine",
        "centre", "marche", "gare", "aeroport", "port", "plage", "fleuve", "lac", "riviere", "village", "ville", "capitale",
        "quartier", "nord", "sud", "est", "ouest", "interieur", "brousse", "foret", "col", "vallee", "station", "terminus"]
}
