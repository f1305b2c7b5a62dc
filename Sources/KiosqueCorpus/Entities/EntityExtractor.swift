import KiosqueText

/// An entity found in one article, before corpus-wide resolution.
public struct ExtractedEntity: Sendable, Hashable {
    /// The fullest surface form in the article (see `CanonicalName`).
    public let name: String
    public let type: EntityType
    /// Every mention, in text order (title first, then paragraphs).
    public let mentions: [Mention]
    /// `name` folded (`TextFolding.foldName`): what resolution compares.
    public let folded: String

    public init(name: String, type: EntityType, mentions: [Mention]) {
        self.name = name
        self.type = type
        self.mentions = mentions
        folded = TextFolding.foldName(name)
    }

    /// With `folded` already known (it must be `TextFolding.foldName(name)`).
    init(name: String, type: EntityType, mentions: [Mention], folded: String) {
        self.name = name
        self.type = type
        self.mentions = mentions
        self.folded = folded
    }
}

/// Rule- and lexicon-based named-entity extraction for French news text, following the
/// annotation guidelines (`Tests/Fixtures/gold/GUIDELINES.md`): proper names only; titles,
/// determiners and elided articles outside the span unless part of the name; institutions
/// written out are organisations; no nested mentions; acronyms join their expansion.
public struct EntityExtractor: Sendable {
    public init() {}

    /// The entities of an article's title and paragraphs.
    public func extract(title: String, paragraphs: [String]) -> [ExtractedEntity] {
        var candidates: [Candidate] = []
        let fields: [(TextField, String)] = [(.title, title)] + paragraphs.enumerated().map { (.paragraph($0.offset), $0.element) }
        for (field, text) in fields {
            candidates += SpanFinder(text: text, field: field).candidates()
        }
        return MentionResolver.resolve(candidates)
    }

    /// The same, over the paragraphs' UTF-8 as the article keeps it: no `String` is made of a
    /// packed paragraph (and its bytes validated again) only to be read back as bytes.
    func extract(title: String, paragraphs: ParagraphText) -> [ExtractedEntity] {
        var candidates = SpanFinder(text: title, field: .title).candidates()
        for position in paragraphs.indices {
            let utf8 = paragraphs.withUTF8(at: position) { Array($0) }
            candidates += SpanFinder(utf8: utf8, field: .paragraph(position)).candidates()
        }
        return MentionResolver.resolve(candidates)
    }
}

/// A name found in a text, with what the rules could tell about its type.
struct Candidate {
    /// The name as written (kept once, in `mention`: a candidate is copied often).
    var text: String { mention.text }
    var folded: String
    var tokenCount: Int
    var type: EntityType?
    /// Weak guess used only when nothing better is known.
    var fallbackType: EntityType
    var mention: Mention
    /// The acronym given in parentheses right after it: `Fonds monétaire international (FMI)`
    /// (an array: a struct cannot hold an optional of itself).
    var acronyms: [Candidate] = []
    var acronym: Candidate? {
        get { acronyms.first }
        set { acronyms = newValue.map { [$0] } ?? [] }
    }
    /// Only acronyms and punctuation (`FMI`, `ALBA-TCP`): never the canonical name when an
    /// expansion exists.
    var isAcronymOnly: Bool
    /// Single capitalised word at a sentence start, kept only if confirmed elsewhere.
    var needsConfirmation: Bool
    /// A capitalised single word that looks like a demonym or a common noun.
    var isWeak: Bool
    /// Its fallback type is the default for an unknown single name, not evidence: a name
    /// coordinated with it may say better (`SpanFinder.agreeInCoordinations`).
    var isGuess = false
}
