/// `en aval d’Orvelle`, `le glacier d’Ostrac`, `les habitants d’Ivrenne`: the `de` complement
/// of a noun of places, positions or dwellers names a place, even elided (`d’…` mostly
/// introduces a company or an author otherwise: `la participation d’…`, `le micro d’…`).
extension SpanFinder {
    func isLocationComplement(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        var nounOffset = elidedDe(tokens[start]) ? -1 : cursor.lookahead(-1, { $0.isWord && $0.length == 2 && $0.folded == "de" }) ? -2 : 0
        guard nounOffset < 0 else { return false }
        // (`d’Ermera et d’Ainaro`, `de Moroto, de Napak`: the next complement of a list is the noun's too.)
        if cursor.lookahead(nounOffset, { $0.isWord && $0.isFold(oneOf: ["et", "ou"]) || $0.symbol == "," }),
           let previousStart = coordinatedComplementStart(before: start + nounOffset) {
            return isLocationComplement(at: previousStart)
        }
        // (`les districts montagneux d’Ermera`: one adjective may stand after the noun.)
        if cursor.lookahead(nounOffset, { isPostposedAdjective($0) && classType(of: $0) == nil }),
           cursor.lookahead(nounOffset - 1, { $0.isWord && !$0.isCapitalized && classType(of: $0) == .place }) { nounOffset -= 1 }
        guard let noun = cursor.peek(nounOffset), noun.isWord, !noun.isCapitalized else { return false }
        return Lexicon.locationNouns.contains(noun) || classType(of: noun) == .place
            || (noun.has(.compassPoints) && isCompassPosition(noun, cursor, nounOffset))
    }

    /// An adjective after a noun of places (`montagneux`, `rurale`): the usual endings, and
    /// those of qualities (`-eux`, `-euse`) that seldom end anything else.
    private func isPostposedAdjective(_ token: NameToken) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        return isAdjective(token) || (token.length >= 6 && !token.has(.stopWords)
            && (token.folded.hasSuffix("eux") || token.folded.hasSuffix("euse") || token.folded.hasSuffix("euses")))
    }

    /// The first word of the one-word complement before `conjunction` (`Ermera` of `d’Ermera
    /// et`), when it is a capitalised word after `de` or an elided `d’`.
    func coordinatedComplementStart(before conjunction: Int) -> Int? {
        let previous = conjunction - 1
        guard previous >= 1, tokens[previous].isWord, tokens[previous].isCapitalized else { return nil }
        return elidedDe(tokens[previous]) || (tokens[previous - 1].isWord && tokens[previous - 1].isFold("de")) ? previous : nil
    }

    /// `au nord-est de …`, `à l’ouest de …`: a compass point after `au`, `du` or an elided
    /// article is a position (`est` alone after anything else is the verb).
    private func isCompassPosition(_ noun: NameToken, _ cursor: TokenCursor, _ offset: Int) -> Bool {
        if noun.afterElision { return elidedArticleLetter(noun) == "l" }
        return cursor.lookahead(offset - 1) { $0.isWord && $0.isFold(oneOf: ["au", "du"]) }
    }
}

extension Lexicon {
    /// Nouns of places, positions and dwellers whose `de` complement is a place (`en aval de …`).
    /// Source: hand-written, French nouns.
    static let locationNouns: WordSet = ["aval", "amont", "environs", "alentours", "abords", "banlieue", "peripherie",
        "habitants", "habitant", "habitante", "glacier", "palais", "gare", "aeroport", "prefecture", "plaine", "plateau",
        "col", "plage", "littoral", "rive", "rives", "sommet", "pied", "centre ville", "faubourg", "hameau", "canton",
        "arrondissement", "agglomeration", "plaines", "cote", "large", "natif", "native", "originaire", "maire", "mairie",
        // (`à une quinzaine de kilomètres d’Ostrac`: a distance is measured from a place.)
        "kilometres", "kilometre", "km",
        // (`les élus de Mua`, `le député de Vorlac`, `l’évêque d’Ostrac`: those elected or
        // appointed for a place.)
        "elu", "elue", "elus", "elues", "depute", "deputee", "deputes", "deputees", "senateur", "senatrice",
        "senateurs", "gouverneur", "gouverneure", "prefet", "prefete", "eveque", "archeveque", "bourgmestre",
        "echevin", "echevins", "edile", "ediles",
        // (`le gouvernorat de Shabwa`, `la wilaya de Vorlac`, `le caza de Baabda`: divisions of a country.)
        "gouvernorat", "gouvernorats", "wilaya", "wilayas", "oblast", "emirat", "emirats", "caza", "cazas", "mohafazat",
        "moughataa", "daira", "dairas", "raion"]
}

extension SpanFinder {
    /// `en amont de …`, `au large d’…`, `aux abords de …`: after these, a name is where something lies.
    func isUpstreamOrOffshore(at start: Int) -> Bool {
        guard let nounOffset = nounBeforeDe(at: start) else { return false }
        return TokenCursor(tokens, at: start).word(nounOffset, in: Self.whereaboutsNouns)
    }

    private static let whereaboutsNouns: WordSet = ["amont", "aval", "large", "abords", "environs", "alentours"]
}
