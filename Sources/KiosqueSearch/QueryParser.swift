/// Parses the query language:
///
/// - `word` — required (AND by default); accents, case and elision do not matter;
/// - `"exact phrase"` — the words in this order (stop words included);
/// - `-word`, `-"phrase"` — excluded;
/// - `a OR b` — either (binds the two neighbouring clauses);
/// - `pref*` — any word starting with `pref`; the last word is also a prefix when the
///   caller asks for search-as-you-type.
struct ParsedQuery: Equatable {
    enum Clause: Equatable {
        case term(String, prefix: Bool)
        case phrase([String])
    }
    /// Groups of alternatives: every group must match (AND), one clause per group (OR).
    var required: [[Clause]] = []
    var excluded: [Clause] = []
}

enum QueryParser {
    static let maxLength = 1024

    static func parse(_ text: String, prefixLast: Bool) throws(QueryError) -> ParsedQuery {
        guard text.unicodeScalars.count <= maxLength else { throw QueryError(message: "The query is longer than \(maxLength) characters.") }
        var query = ParsedQuery()
        var pendingOr = false
        var index = text.startIndex
        var lastTermGroup: (group: Int, clause: Int)?
        var sawQuotedLast = false
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace { index = text.index(after: index); continue }
            var negated = false
            var cursor = index
            if character == "-" {
                negated = true
                cursor = text.index(after: cursor)
                guard cursor < text.endIndex, !text[cursor].isWhitespace else { index = cursor; continue }
            }
            let clause: ParsedQuery.Clause
            if cursor < text.endIndex, text[cursor] == "\"" || text[cursor] == "«" || text[cursor] == "“" {
                let start = text.index(after: cursor)
                let end = text[start...].firstIndex { $0 == "\"" || $0 == "»" || $0 == "”" } ?? text.endIndex
                let words = String(text[start..<end])
                index = end < text.endIndex ? text.index(after: end) : end
                let analyzed = SearchAnalysis.phraseTerms(words)
                guard !analyzed.isEmpty else { continue }
                clause = analyzed.count == 1 ? .term(analyzed[0], prefix: false) : .phrase(analyzed)
                sawQuotedLast = true
            } else {
                let end = text[cursor...].firstIndex { $0.isWhitespace } ?? text.endIndex
                var word = String(text[cursor..<end])
                index = end
                if word == "OR" && !negated { pendingOr = !query.required.isEmpty; continue }
                var prefix = false
                if word.hasSuffix("*") { prefix = true; word = String(word.drop { $0 == "*" }.reversed().drop { $0 == "*" }.reversed()) }
                let terms = SearchAnalysis.phraseTerms(word)
                guard !terms.isEmpty else { continue }
                clause = terms.count == 1 ? .term(terms[0], prefix: prefix) : .phrase(terms)
                sawQuotedLast = false
            }
            if negated {
                query.excluded.append(clause)
            } else if pendingOr, !query.required.isEmpty {
                query.required[query.required.count - 1].append(clause)
                lastTermGroup = (query.required.count - 1, query.required[query.required.count - 1].count - 1)
            } else {
                query.required.append([clause])
                lastTermGroup = (query.required.count - 1, 0)
            }
            pendingOr = false
        }
        if prefixLast, !sawQuotedLast, let last = lastTermGroup, !(text.last?.isWhitespace ?? true),
           case .term(let word, _) = query.required[last.group][last.clause] {
            query.required[last.group][last.clause] = .term(word, prefix: true)
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw QueryError(message: "The query is empty.") }
        return query
    }
}
