/// A mention as the corpus keeps it: where it is, not what it says. Its text is cut from
/// the article when asked for; a corpus of 100,000 articles holds millions of mentions, and
/// this form takes 20 bytes where a `Mention` takes 64 plus its string.
struct CompactMention: Sendable, Hashable {
    /// The field's kind in the top 8 bits, a paragraph's index in the low 24.
    let field: UInt32
    let utf8Start: UInt32
    let utf8Count: UInt32
    let utf16Start: UInt32
    let utf16Count: UInt32

    init(field: UInt32, utf8Start: UInt32, utf8Count: UInt32, utf16Start: UInt32, utf16Count: UInt32) {
        self.field = field
        self.utf8Start = utf8Start
        self.utf8Count = utf8Count
        self.utf16Start = utf16Start
        self.utf16Count = utf16Count
    }

    init(_ mention: Mention) {
        field = Self.pack(mention.field)
        utf8Start = UInt32(clamping: mention.utf8Range.lowerBound)
        utf8Count = UInt32(clamping: mention.utf8Range.count)
        utf16Start = UInt32(clamping: mention.utf16Range.lowerBound)
        utf16Count = UInt32(clamping: mention.utf16Range.count)
    }

    var textField: TextField {
        switch field >> 24 {
        case 0: return .title
        case 1: return .paragraph(Int(field & 0xFF_FFFF))
        case 2: return .dateline
        case 3: return .author
        case 4: return .source
        default: return .publisher
        }
    }

    /// The full mention, its text cut out of `article`.
    func mention(in article: Article) -> Mention {
        let text = textField.text(in: article)
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(utf8Start), limitedBy: utf8.endIndex) ?? utf8.endIndex
        let end = utf8.index(start, offsetBy: Int(utf8Count), limitedBy: utf8.endIndex) ?? utf8.endIndex
        return Mention(text: String(text[start..<end]), field: textField,
                       utf8Range: Int(utf8Start)..<Int(utf8Start) + Int(utf8Count),
                       utf16Range: Int(utf16Start)..<Int(utf16Start) + Int(utf16Count))
    }

    /// The order of `MentionResolver.order`: metadata first, then title, paragraphs, source, publisher.
    var orderKey: (Int, Int) {
        let offset = Int(utf8Start)
        switch textField {
        case .title: return (-1, offset)
        case .paragraph(let index): return (index, offset)
        case .dateline: return (-5, offset)
        case .author: return (-4, offset)
        case .source: return (Int.max - 2, offset)
        case .publisher: return (Int.max - 1, offset)
        }
    }

    private static func pack(_ field: TextField) -> UInt32 {
        switch field {
        case .title: return 0
        case .paragraph(let index): return 1 << 24 | UInt32(clamping: min(index, 0xFF_FFFF))
        case .dateline: return 2 << 24
        case .author: return 3 << 24
        case .source: return 4 << 24
        case .publisher: return 5 << 24
        }
    }
}
