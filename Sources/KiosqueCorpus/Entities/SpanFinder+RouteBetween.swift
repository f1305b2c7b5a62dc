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
        let cursor = TokenCursor(tokens, at: start)
        guard start == end, cursor.lookahead(-1, { $0.isWord && $0.length == 5 && $0.folded == "entre" }) else { return false }
        // (`l’accord entre Vorbaxe et Trelnext`: what ties two parties joins bodies or people.)
        if cursor.lookahead(-2, { $0.isWord && Self.tieNouns.contains($0) })
            || (cursor.lookahead(-2) { $0.isWord && isAdjective($0) }
                && cursor.lookahead(-3) { $0.isWord && Self.tieNouns.contains($0) }) {
            return false
        }
        return cursor.lookahead(1) { $0.isWord && $0.length == 2 && $0.folded == "et" }
            && cursor.lookahead(2) { $0.isWord && $0.isCapitalized && !$0.isAcronym && !$0.isGivenName }
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
    /// Nouns of ways and journeys, whose ends are places.
    /// Source: hand-written, French transport vocabulary.
    static let routeNouns: WordSet = ["route", "routes", "liaison", "liaisons", "ligne", "lignes", "trajet", "trajets",
        "axe", "troncon", "autoroute", "voie", "frontiere", "vol", "vols", "traversee", "navette", "navettes", "distance", "train",
        "trains", "pont", "tunnel", "itineraire", "parcours", "etape", "corridor"]
}
