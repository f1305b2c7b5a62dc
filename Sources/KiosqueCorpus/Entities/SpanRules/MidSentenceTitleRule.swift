/// `a récompensé « Tierra baja », du …`, `« Honfleur, soleil couchant », une huile de 1952`: a
/// short quotation opening with a capital is a title when it sits inside a sentence (after a
/// word) or an apposition follows it. Quoted speech opens its sentence or follows a colon or
/// `que`, starts with a pronoun, and is followed by a verb of saying, not by `une huile`.
enum MidSentenceTitleRule: SpanRule {
    /// Words of a title: at most this many before the closing quote.
    static let maximumWords = 7

    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        guard cursor.peek()?.symbol == "«", let first = cursor.peek(1), first.isWord, first.isCapitalized else { return .pass }
        guard !opensSpeech(first, in: finder), let close = closingQuote(cursor),
              followsWord(cursor) || isApposition(after: close, cursor) else { return .none }
        var work = finder.makeCandidate(cursor.index + 1, cursor.index + close - 1, type: .misc)
        if first.afterElision { finder.keepArticle(of: &work, first: first) }
        return .name(work, next: cursor.index + close + 1)
    }

    /// `« Nous … »`, `« J’ai … »`, `« C’est … »`: a pronoun or an elided one opens speech.
    private static func opensSpeech(_ first: NameToken, in finder: SpanFinder) -> Bool {
        if first.afterElision && finder.elidedArticleLetter(first) == nil { return true }
        return first.has(.speechOpeners)
    }

    /// The offset of the `»` closing a quotation of words, commas, colons and apostrophes only,
    /// nil when it is too long or holds other marks (a sentence's full stop, a question).
    private static func closingQuote(_ cursor: TokenCursor) -> Int? {
        var offset = 1, words = 0
        while let token = cursor.peek(offset), words <= maximumWords {
            if token.symbol == "»" { return words > 0 ? offset : nil }
            if token.isWord {
                words += 1
            } else if !(token.symbol == "," || token.symbol == "'" || token.symbol == ":" || token.symbol == "-") {
                return nil
            }
            offset += 1
        }
        return nil
    }

    /// Inside a sentence: a word other than `que` (or an elided `d’`) just before the quote.
    private static func followsWord(_ cursor: TokenCursor) -> Bool {
        guard let previous = cursor.peek(-1) else { return false }
        if previous.symbol == "'" || previous.symbol == "’" { return true }
        return previous.isWord && !Lexicon.speechIntroducers.contains(previous)
            && !previous.has(.speechParticiples)
    }

    /// `« … », une huile de 1952`, `« … », son troisième album`: a comma and a determiner.
    private static func isApposition(after close: Int, _ cursor: TokenCursor) -> Bool {
        guard cursor.peek(close + 1)?.symbol == ",", let determiner = cursor.peek(close + 2), determiner.isWord,
              !determiner.isCapitalized else { return false }
        return Lexicon.titleAppositionOpeners.contains(determiner)
    }
}
