/// `la Vénézuélienne Rosángela Urdaneta`: a people's name after an article, before a name, is
/// not part of that name.
enum DemonymBeforeNameRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard let token = cursor.peek(), let previous = cursor.peek(-1),
              token.afterElision || ["la", "le", "l", "du", "au"].contains(previous.folded),
              cursor.isCapitalised(1), !token.isAcronym,
              Lexicon.singularDemonymEndings.contains(where: token.folded.hasSuffix)
                || Lexicon.nationalityAdjectives.contains(token.folded),
              !Lexicon.places.contains(token.folded), !Lexicon.prenominalAdjectives.contains(token.folded) else { return .pass }
        return .none
    }
}
