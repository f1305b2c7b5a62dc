/// `Vorlac, dans le sud de la France`, `Brenvik, au nord d’Anvers`, `Ostrel, près de Lyon`: a
/// one-word name that a comma and a position relative to another place follow is a place
/// itself; so is one that a comma and the country it is in follow, `Huatulco, au Mexique,` (a
/// company is located by `à`, which this leaves alone).
extension SpanFinder {
    func isLocatedByApposition(after end: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: end)
        guard cursor.lookahead(1, { $0.symbol == "," }), let opening = cursor.peek(2), opening.isWord else { return false }
        switch opening.folded {
        case "pres":  // `près de`, `près d’`
            return cursor.lookahead(3) { $0.isWord && ($0.folded == "de" || $0.folded == "du") } || cursor.lookahead(3) { elidedDe($0) }
        case "au", "en", "aux":  // `au sud de`; `, au Mexique,`, `, en Bulgarie.`: the country it is in
            if opening.folded == "au", cursor.word(3, is: .compassPoints) { return true }
            return cursor.lookahead(3) { $0.isWord && $0.isCapitalized && !$0.afterElision && $0.has(.places) }
                && cursor.lookahead(4) { [",", ".", ")", ";"].contains($0.symbol) }
        case "dans":  // `dans le sud de`, `dans l’est de`
            if cursor.lookahead(3, { $0.isWord && $0.afterElision && $0.has(.compassPoints) }) { return true }
            if cursor.lookahead(3, { $0.isWord && $0.folded == "le" }) && cursor.word(4, is: .compassPoints) { return true }
            // (`de Rarogne, dans le Haut-Valais`, `Hazmieh, dans le caza de Baabda`: the land or the
            // division it lies in.)
            let land = { (token: NameToken) in token.isWord && (token.classNounType == .place || token.isCapitalized && !token.isAcronym) }
            if cursor.lookahead(3, { $0.isWord && $0.afterElision }) { return cursor.lookahead(3, land) }
            return cursor.word(3, in: Lexicon.definiteArticleWords) && cursor.lookahead(4, land)
        default:
            return false
        }
    }
}

extension SpanFinder {
    /// `à Luganville, sur Espiritu Santo`, `de Norsup, sur Malekula`: after a town named with its
    /// preposition, `sur` and a name between commas is the island it stands on.
    func isIslandOfATown(at start: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard cursor.lookahead(-1, { $0.isWord && $0.length == 3 && $0.folded == "sur" }),
              cursor.lookahead(-2, { $0.symbol == "," }),
              let town = cursor.peek(-3), town.isWord, town.isCapitalized else { return false }
        // (`À Atuona, sur Hiva Oa,`: the preposition may open the sentence.)
        return elidedDe(town) || cursor.lookahead(-4) { $0.isWord && ($0.isPrepositionA || !$0.isCapitalized && $0.isFold("de")) }
    }
}
