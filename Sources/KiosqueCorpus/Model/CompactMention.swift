/// A mention as the corpus keeps it: where it is, not what it says. Its text is cut from
/// the article when asked for, and its UTF-16 range counted there (the same units of the same
/// text): a corpus of 100,000 articles holds 3 million mentions, and this form takes 12 bytes
/// where one with its UTF-16 range took 20 and a `Mention` takes 64 plus its string.
struct CompactMention: Sendable, Hashable {
    /// The field's kind in the top 8 bits, a paragraph's index in the low 24.
    let field: UInt32
    let utf8Start: UInt32
    let utf8Count: UInt32

    init(field: UInt32, utf8Start: UInt32, utf8Count: UInt32) {
        self.field = field
        self.utf8Start = utf8Start
        self.utf8Count = utf8Count
    }

    init(_ mention: Mention) {
        field = Self.pack(mention.field)
        utf8Start = UInt32(clamping: mention.utf8Range.lowerBound)
        utf8Count = UInt32(clamping: mention.utf8Range.count)
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
        let utf16Start = Self.utf16Units(utf8[utf8.startIndex..<start]), utf16Count = Self.utf16Units(utf8[start..<end])
        return Mention(text: String(text[start..<end]), field: textField,
                       utf8Range: Int(utf8Start)..<Int(utf8Start) + Int(utf8Count),
                       utf16Range: utf16Start..<utf16Start + utf16Count)
    }

    /// UTF-16 units of UTF-8 `bytes`: one per scalar, two for a scalar outside the BMP (four bytes).
    private static func utf16Units(_ bytes: Substring.UTF8View) -> Int {
        var units = 0
        for byte in bytes where byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
        return units
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
