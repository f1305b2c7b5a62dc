/// One token of analyzed text. Offsets always point into the *original* text, never the
/// folded one, so highlights land on what the reader sees.
public struct Token: Sendable, Hashable {
    /// The token exactly as written in the original text.
    public let original: String
    /// Lowercased, apostrophe-unified and elided, accents kept: the stemmer's input.
    public let normalized: String
    /// `normalized` with accents and ligatures folded: the form a query is matched against.
    public let folded: String
    /// Snowball French stem of `normalized`, then folded.
    public let stem: String
    /// True for words of the French stop-word list (compared after folding).
    public let isStopWord: Bool
    /// Ordinal position of the token in its text (parts of a hyphenated word share the
    /// position of their whole, see `FrenchAnalyzer`).
    public let position: Int
    /// Byte range of `original` in the UTF-8 view of the analyzed text.
    public let utf8Range: Range<Int>
    /// Range of `original` in UTF-16 code units of the analyzed text (what browsers use).
    public let utf16Range: Range<Int>

    public init(original: String, normalized: String, folded: String, stem: String, isStopWord: Bool,
                position: Int, utf8Range: Range<Int>, utf16Range: Range<Int>) {
        self.original = original
        self.normalized = normalized
        self.folded = folded
        self.stem = stem
        self.isStopWord = isStopWord
        self.position = position
        self.utf8Range = utf8Range
        self.utf16Range = utf16Range
    }
}
