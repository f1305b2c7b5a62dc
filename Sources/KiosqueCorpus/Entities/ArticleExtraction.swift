/// One article's entities in the compact form the corpus keeps while it resolves them
/// across articles: names and types, mentions as positions only.
struct ArticleExtraction: Sendable {
    struct Entry: Sendable {
        let name: String
        /// `name` folded (`TextFolding.foldName`).
        let folded: String
        let type: EntityType
        /// This entry's mentions in `mentions`.
        let mentions: Range<Int>
        /// Distinct surface forms in order of first use; empty when the only form is `name`.
        let variants: [String]
    }

    var entries: [Entry] = []
    var mentions: [CompactMention] = []

    init() {}

    /// `interned` holds strings already kept (one chunk of articles shares one table): the
    /// same name in a thousand articles is then stored once, not a thousand times.
    init(_ extracted: [ExtractedEntity], interned: inout [String: String]) {
        func keep(_ text: String) -> String {
            guard text.utf8.count > 15 else { return text }  // small strings live inline anyway
            if let kept = interned[text] { return kept }
            interned[text] = text
            return text
        }
        entries.reserveCapacity(extracted.count)
        mentions.reserveCapacity(extracted.reduce(0) { $0 + $1.mentions.count })  // exact: kept for the corpus's life
        for entity in extracted {
            let start = mentions.count
            mentions.append(contentsOf: entity.mentions.map(CompactMention.init))
            var variants: [String] = []
            var previous: String?
            for mention in entity.mentions where mention.text != previous && !variants.contains(mention.text) {
                previous = mention.text
                variants.append(mention.text)
            }
            if variants.count == 1 && variants[0] == entity.name { variants = [] }
            entries.append(Entry(name: keep(entity.name), folded: keep(entity.folded), type: entity.type,
                                 mentions: start..<mentions.count, variants: variants.map(keep)))
        }
    }
}

/// One corpus entity's part in one article: which entity, and its mentions there.
struct ResolvedEntry: Sendable {
    /// Index into `Corpus.entities`.
    let entity: Int32
    /// This entity's mentions in the article's compact mention list.
    let mentions: Range<Int32>
}
