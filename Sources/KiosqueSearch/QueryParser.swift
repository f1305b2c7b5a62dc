/// Parses the query language (the grammar `/analyze` and the OpenAPI document describe):
///
/// - `word` — required: words side by side must all match (implicit AND); accents, case and
///   elision do not matter; `AND` (upper case) says the same explicitly;
/// - `a OR b` — either; `OR` binds tighter than AND (`a b OR c` is `a AND (b OR c)`);
/// - `NOT word`, `-word` — excluded;
/// - `( … )` — grouping;
/// - `"exact phrase"`, `« phrase »`, `“phrase”` — the words in this order (stop words included);
/// - `pref*` — any word whose folded surface form starts with `pref`; the last word is also a
///   prefix when the caller asks for search as you type;
/// - `title:word` — in the title only; `author:word`, `source:word` — a word of the author or
///   source; `entity:<id>` — articles that mention the entity.
///
/// Malformed input is read leniently, never refused: an unclosed quote runs to the end, an
/// unclosed parenthesis closes at the end, a stray `)` or a dangling operator is ignored.
/// The tree is then brought to the engine's form (`ParsedQuery`): groups that must all match,
/// each of alternatives, plus exclusions.
struct ParsedQuery: Equatable {
    enum Clause: Equatable {
        case term(String, prefix: Bool)
        /// The last word while the user is still typing it: the word, or a word it starts.
        case typed(String)
        case phrase([String])
        /// A word (or prefix) that must be in the title.
        case titleTerm(String, prefix: Bool)
        /// A value of the document's metadata (`author:`, `source:`, `entity:`).
        case metadata(MetadataField, String)
    }

    enum MetadataField: String, Equatable, CaseIterable {
        case author, source, entity
    }

    /// Groups of alternatives: every group must match (AND), one clause per group (OR).
    var required: [[Clause]] = []
    var excluded: [Clause] = []
}

/// The query as a tree, before it is brought to `ParsedQuery`'s form.
indirect enum QueryNode: Equatable {
    case clause(ParsedQuery.Clause)
    case all([QueryNode])
    case any([QueryNode])
    case not(QueryNode)
}

enum QueryParser {
    static let maxLength = 1024
    /// An OR of ANDs is multiplied out into groups; past this many groups its alternatives are
    /// merged into one group (a looser query, not a refused one).
    static let maxGroups = 32

    static func parse(_ text: String, prefixLast: Bool) throws(QueryError) -> ParsedQuery {
        guard text.unicodeScalars.count <= maxLength else { throw QueryError(message: "The query is longer than \(maxLength) characters.") }
        guard !text.allSatisfy(\.isWhitespace) else { throw QueryError(message: "The query is empty.") }
        var tokens = QueryLexer.tokens(of: text)
        if prefixLast, !(text.last?.isWhitespace ?? true), let last = tokens.indices.last,
           case .word(let word, let field, false, _) = tokens[last] {
            tokens[last] = .word(word, field: field, prefix: field != nil, typed: field == nil)
        }
        var reader = TreeReader(tokens: tokens)
        let tree = reader.readAll()
        return normalForm(tree)
    }

    /// The tree as groups and exclusions.
    static func normalForm(_ node: QueryNode) -> ParsedQuery {
        var query = ParsedQuery()
        (query.required, query.excluded) = conjunctive(node)
        return query
    }

    private static func conjunctive(_ node: QueryNode) -> (groups: [[ParsedQuery.Clause]], excluded: [ParsedQuery.Clause]) {
        switch node {
        case .clause(let clause):
            return ([[clause]], [])
        case .all(let children):
            var groups: [[ParsedQuery.Clause]] = [], excluded: [ParsedQuery.Clause] = []
            for child in children {
                let part = conjunctive(child)
                groups += part.groups
                excluded += part.excluded
            }
            return (groups, excluded)
        case .not(.not(let inner)):
            return conjunctive(inner)
        case .not(let inner):
            // NOT of alternatives excludes each; NOT of a conjunction has no form here and is dropped.
            let part = conjunctive(inner)
            return part.groups.count == 1 ? ([], part.groups[0]) : ([], [])
        case .any(let children):
            // Exclusions inside an OR are dropped (`a OR -b` reads as `a`).
            var product: [[ParsedQuery.Clause]] = [[]]
            for child in children {
                let groups = conjunctive(child).groups
                guard !groups.isEmpty else { continue }
                if product.count * groups.count > maxGroups {
                    return ([Array(children.flatMap { conjunctive($0).groups.joined() })], [])
                }
                product = product.flatMap { left in groups.map { left + $0 } }
            }
            return product == [[]] ? ([], []) : (product, [])
        }
    }
}

/// The tokens of a query: words (with a field and a prefix mark), phrases, operators and
/// parentheses.
enum QueryToken: Equatable {
    case word(String, field: String?, prefix: Bool, typed: Bool = false)
    case phrase(String, field: String?)
    case and, or, not, open, close
}

enum QueryLexer {
    static let quotes: [Character: Character] = ["\"": "\"", "«": "»", "“": "”"]
    static let fields: Set<String> = ["title", "author", "source", "entity"]

    static func tokens(of text: String) -> [QueryToken] {
        let characters = Array(text)
        var tokens: [QueryToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace { index += 1; continue }
            if character == "(" { tokens.append(.open); index += 1; continue }
            if character == ")" { tokens.append(.close); index += 1; continue }
            if character == "-", index + 1 < characters.count, !characters[index + 1].isWhitespace {
                tokens.append(.not)
                index += 1
                continue
            }
            var field: String?
            var end = index
            while end < characters.count, characters[end].isLetter { end += 1 }
            if end < characters.count, characters[end] == ":" {
                let name = String(characters[index..<end]).lowercased()
                if fields.contains(name), end + 1 < characters.count, !characters[end + 1].isWhitespace {
                    field = name
                    index = end + 1
                }
            }
            if let close = quotes[characters[index]] {
                let start = index + 1
                var stop = start
                while stop < characters.count, characters[stop] != close, characters[stop] != "\"" { stop += 1 }
                tokens.append(.phrase(String(characters[start..<stop]), field: field))
                index = min(characters.count, stop + 1)
                continue
            }
            var stop = index
            while stop < characters.count, !characters[stop].isWhitespace, characters[stop] != "(", characters[stop] != ")" { stop += 1 }
            let word = String(characters[index..<stop])
            index = stop
            if field == nil {
                switch word {
                case "AND": tokens.append(.and); continue
                case "OR": tokens.append(.or); continue
                case "NOT": tokens.append(.not); continue
                default: break
                }
            }
            let stars = word.reversed().prefix { $0 == "*" }.count
            let bare = String(word.dropLast(stars).drop { $0 == "*" })
            guard !bare.isEmpty else { continue }
            tokens.append(.word(bare, field: field, prefix: stars > 0))
        }
        return tokens
    }
}

/// Recursive descent over the tokens: `all := any (AND? any)*`, `any := unary (OR unary)*`,
/// `unary := NOT unary | primary`, `primary := ( all ) | word | phrase`.
struct TreeReader {
    let tokens: [QueryToken]
    private var index = 0
    private var depth = 0
    /// Nesting deeper than this reads the rest flat (no recursion without bound).
    static let maxDepth = 32

    init(tokens: [QueryToken]) {
        self.tokens = tokens
    }

    mutating func readAll() -> QueryNode {
        var children: [QueryNode] = []
        while index < tokens.count {
            if tokens[index] == .close {
                if depth > 0 { break }
                index += 1  // a stray `)`
                continue
            }
            if tokens[index] == .and || tokens[index] == .or { index += 1; continue }
            if let node = readAny() { children.append(node) }
        }
        return children.count == 1 ? children[0] : .all(children)
    }

    private mutating func readAny() -> QueryNode? {
        var alternatives: [QueryNode] = []
        if let first = readUnary() { alternatives.append(first) }
        while index < tokens.count, tokens[index] == .or {
            index += 1
            if let next = readUnary() { alternatives.append(next) }
        }
        if alternatives.isEmpty { return nil }
        return alternatives.count == 1 ? alternatives[0] : .any(alternatives)
    }

    private mutating func readUnary() -> QueryNode? {
        guard index < tokens.count else { return nil }
        switch tokens[index] {
        case .not:
            index += 1
            return readUnary().map { .not($0) }
        case .open:
            index += 1
            guard depth < Self.maxDepth else { return readUnary() }
            depth += 1
            let inner = readAll()
            depth -= 1
            if index < tokens.count, tokens[index] == .close { index += 1 }
            if case .all(let children) = inner, children.isEmpty { return nil }
            return inner
        case .close, .and, .or:
            return nil
        case .word(let word, let field, let prefix, let typed):
            index += 1
            let words = SearchAnalysis.phraseTerms(word)
            if typed, words.count == 1 { return .clause(.typed(words[0])) }
            return Self.node(words: words, raw: word, field: field, prefix: prefix, phrase: false)
        case .phrase(let text, let field):
            index += 1
            return Self.node(words: SearchAnalysis.phraseTerms(text), raw: text, field: field, prefix: false, phrase: true)
        }
    }

    /// A word or phrase as clauses: a word the analyzer splits (`porte-avions`, `l'État`)
    /// is a phrase of its parts; in the title, words are each required there.
    private static func node(words: [String], raw: String, field: String?, prefix: Bool, phrase: Bool) -> QueryNode? {
        switch field {
        case "author", "source", "entity":
            guard let metadata = ParsedQuery.MetadataField(rawValue: field ?? "") else { return nil }
            let value = QueryParser.trimmingBlanks(raw)
            return value.isEmpty ? nil : .clause(.metadata(metadata, value))
        case "title":
            guard !words.isEmpty else { return nil }
            let clauses = words.enumerated().map { offset, word in
                QueryNode.clause(.titleTerm(word, prefix: prefix && offset == words.count - 1))
            }
            return clauses.count == 1 ? clauses[0] : .all(clauses)
        default:
            guard !words.isEmpty else { return nil }
            if words.count == 1 { return .clause(.term(words[0], prefix: prefix && !phrase)) }
            return .clause(.phrase(words))
        }
    }
}

extension QueryParser {
    /// `raw` without its leading and trailing spaces and tabs (what Foundation's
    /// `.whitespaces` trims), so that the search module needs no Foundation: the server
    /// then maps none of its libraries (about 9 MB of resident memory).
    static func trimmingBlanks(_ raw: String) -> String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = raw.firstIndex(where: { !isBlank($0) }), let last = raw.lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(raw[first...last])
    }
}
