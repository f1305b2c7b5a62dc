/// `la maladie de Crohn`, `la maladie d’Alzheimer`, `le syndrome de Down`: a disease named after
/// a person is one MISC name with its lower-case head (the person's name alone is no PERSON).
enum EponymDiseaseRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let head = cursor.peek(), !head.isCapitalized, head.length >= 7, let next = cursor.peek(1),
              Lexicon.diseaseHeads.contains(head) else { return .pass }
        // `maladie d’Alzheimer` (the name after the elision) or `maladie de Crohn`.
        let offset = next.afterElision && finder.elidedDe(next) ? 1 : (next.folded == "de" ? 2 : 0)
        guard offset > 0, let name = cursor.peek(offset), name.isWord, name.isCapitalized, !name.isAcronym,
              !name.has(.notNames) else { return .pass }
        var end = cursor.index + offset
        // `maladie de Creutzfeldt-Jakob` is one word; `syndrome de Guillain et Barré`-like pairs are rare: not taken.
        while cursor.lookahead(end - cursor.index + 1, { $0.isWord && $0.isCapitalized && !$0.afterElision }) { end += 1 }
        return .name(finder.makeCandidate(cursor.index, end, type: .misc), next: end + 1)
    }
}
