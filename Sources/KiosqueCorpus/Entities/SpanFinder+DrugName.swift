/// `le Tibsovo (ivosidenib)`, `le Vorlexa (trelmumab)`: a brand name followed by its molecule's
/// international name in brackets is a medicine, a product (MISC), whatever its context says.
extension SpanFinder {
    func isDrugBeforeItsMolecule(_ end: Int) -> Bool {
        let cursor = TokenCursor(tokens, at: end)
        guard cursor.lookahead(1, { $0.symbol == "(" }), cursor.lookahead(3, { $0.symbol == ")" }),
              let molecule = cursor.peek(2), molecule.isWord, !molecule.isCapitalized, molecule.length >= 6 else { return false }
        return Lexicon.moleculeEnding.end(molecule.folded)
    }
}

extension Lexicon {
    /// Endings of international non-proprietary names of medicines (WHO stems: `-mab`
    /// antibodies, `-ib` kinase inhibitors, `-vir` antivirals, `-cept`, `-tide`, `-stat`,
    /// `-azole`, `-pril`, `-sartan`, `-mycine`, `-cilline`, `-parine`, `-olol`).
    /// Source: hand-written from the WHO's list of INN stems.
    static let moleculeEnding = WordEndings(["mab", "ib", "vir", "cept", "tide", "stat", "azole", "pril", "sartan",
        "mycine", "cilline", "parine", "olol"])
}
