/// `« Le Fleuve gris » (Morel Éditeur)`, `Léo Varnier (Solvane)`: a name alone in brackets
/// right after a quoted title is its publisher or label, and right after a person's surname
/// is their team, party or employer. Either way a body, even when its first word looks like
/// a given name; a known place there (`Dupont (Lyon)`) is only where someone comes from.
extension SpanFinder {
    func isParenthesisedAffiliation(start: Int, end: Int, wordCount: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: start)
        guard cursor.lookahead(-1, { $0.symbol == "(" }), TokenCursor(tokens, at: end).lookahead(1, { $0.symbol == ")" }),
              let before = cursor.peek(-2), wordCount <= 3 else { return false }
        let first = tokens[start]
        guard !first.has(.places), !Lexicon.cities.contains(first), !hasPlacePart(first) else { return false }
        if before.symbol == "»" { return true }
        // (Only one word after a surname: `(Marc Dorval)` there names someone else.)
        return wordCount == 1 && before.isWord && before.isCapitalized && !before.isAcronym && !before.sentenceStart
            && cursor.isCapitalised(-3) && !first.isAcronym
    }
}
