/// The entities of a run of consecutive articles, in the compact form the corpus keeps while
/// it resolves them across articles: each distinct way of naming an entity (a `Form`) is
/// stored once per chunk, and an article's entries only point at their form. A corpus of
/// 100,000 articles has millions of entries but few distinct forms per chunk.
struct ExtractionChunk: Sendable {
    /// A name as one article gives it: its canonical surface form there, that form folded,
    /// and the distinct surface forms used (empty when the only one is `name`).
    struct Form: Hashable, Sendable {
        let name: String
        /// `name` folded (`TextFolding.foldName`).
        let folded: String
        let variants: [String]

        // `folded` follows from `name`: equality and hashing leave it out.
        static func == (lhs: Form, rhs: Form) -> Bool { lhs.name == rhs.name && lhs.variants == rhs.variants }

        func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(variants)
        }
    }

    /// The articles this chunk covers.
    let articles: Range<Int>
    private(set) var forms: [Form] = []
    /// Per article of the chunk, in order.
    var extractions: [ArticleExtraction] = []
    private var formIndex = FormIndex()

    init(articles: Range<Int>) {
        self.articles = articles
        extractions.reserveCapacity(articles.count)
    }

    /// Appends the next article's entities.
    mutating func append(_ extracted: [ExtractedEntity]) {
        var extraction = ArticleExtraction()
        extraction.entries.reserveCapacity(extracted.count)
        // Exact: kept for the corpus's life.
        extraction.mentions.reserveCapacity(extracted.reduce(0) { $0 + $1.mentions.count })
        for entity in extracted {
            for mention in entity.mentions { extraction.mentions.append(CompactMention(mention)) }
            let form = intern(Form(name: entity.name, folded: entity.folded, variants: Self.variants(of: entity)))
            extraction.entries.append(ArticleExtraction.Entry(form: form, mentionCount: Int32(entity.mentions.count), type: entity.type))
        }
        extractions.append(extraction)
    }

    /// Drops the per-chunk lookup table once every article is in.
    mutating func seal() { formIndex = FormIndex() }

    private mutating func intern(_ form: Form) -> Int32 {
        let next = Int32(forms.count)
        let index = formIndex.index(of: form, in: forms, else: next)
        if index == next { forms.append(form) }
        return index
    }

    /// Distinct surface forms in order of first use; empty when the only form is the name.
    private static func variants(of entity: ExtractedEntity) -> [String] {
        if entity.mentions.allSatisfy({ $0.text == entity.name }) { return [] }  // the usual case
        var variants: [String] = []
        var previous: String?
        for mention in entity.mentions where mention.text != previous && !variants.contains(mention.text) {
            previous = mention.text
            variants.append(mention.text)
        }
        return variants.count == 1 && variants[0] == entity.name ? [] : variants
    }
}

/// One article's entities: which form, which type, how many mentions (laid out one entry
/// after the other in `mentions`, in entry order).
struct ArticleExtraction: Sendable {
    struct Entry: Sendable {
        /// Index into the chunk's `forms`.
        let form: Int32
        let mentionCount: Int32
        let type: EntityType
    }

    var entries: [Entry] = []
    var mentions: [CompactMention] = []
}

/// One corpus entity's part in one article: which entity, and its mentions there.
struct ResolvedEntry: Sendable, BitwiseCopyable {
    /// Index into `Corpus.entities`.
    let entity: Int32
    /// Bounds of `mentions`, stored as plain integers so a snapshot can hold the entries in place.
    let mentionStart: Int32, mentionEnd: Int32

    init(entity: Int32, mentions: Range<Int32>) {
        self.entity = entity
        mentionStart = mentions.lowerBound
        mentionEnd = mentions.upperBound
    }

    /// This entity's mentions in the article's compact mention list.
    var mentions: Range<Int32> { mentionStart..<mentionEnd }
}
