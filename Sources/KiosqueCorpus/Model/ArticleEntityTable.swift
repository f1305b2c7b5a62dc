/// Per article (load order), its resolved entities and the compact mentions they point into,
/// each kind in one flat list with per-article starts: four arrays for the corpus instead of
/// two per article (200,000 small arrays were a fifth of a 100,000-article snapshot start).
struct ArticleEntityTable: Sendable {
    private var entryStarts: [Int32] = [0]
    private var entries: [ResolvedEntry] = []
    private var mentionStarts: [Int32] = [0]
    private var mentions: [CompactMention] = []

    init() {}

    /// The table of lists given per article (as the resolver groups them).
    init(entries: [[ResolvedEntry]], mentions: [[CompactMention]]) {
        entryStarts.reserveCapacity(entries.count + 1)
        mentionStarts.reserveCapacity(mentions.count + 1)
        for (articleEntries, articleMentions) in zip(entries, mentions) { append(articleEntries, articleMentions) }
    }

    /// Tables of consecutive articles, one after the other.
    init(joining parts: [ArticleEntityTable]) {
        entryStarts.reserveCapacity(parts.reduce(1) { $0 + $1.count })
        entries.reserveCapacity(parts.reduce(0) { $0 + $1.entries.count })
        mentionStarts.reserveCapacity(entryStarts.capacity)
        mentions.reserveCapacity(parts.reduce(0) { $0 + $1.mentions.count })
        for part in parts {
            let entryBase = Int32(entries.count), mentionBase = Int32(mentions.count)
            entryStarts += part.entryStarts.dropFirst().map { $0 + entryBase }
            mentionStarts += part.mentionStarts.dropFirst().map { $0 + mentionBase }
            entries += part.entries
            mentions += part.mentions
        }
    }

    /// Adds the next article's entities, whose mention ranges count from its first mention.
    mutating func append(_ articleEntries: some Collection<ResolvedEntry>, _ articleMentions: some Collection<CompactMention>) {
        entries += articleEntries
        mentions += articleMentions
        entryStarts.append(Int32(entries.count))
        mentionStarts.append(Int32(mentions.count))
    }

    /// How many articles the table holds.
    var count: Int { entryStarts.count - 1 }

    func entries(ofArticleAt index: Int) -> ArraySlice<ResolvedEntry> {
        entries[Int(entryStarts[index])..<Int(entryStarts[index + 1])]
    }

    func mentions(ofArticleAt index: Int) -> ArraySlice<CompactMention> {
        mentions[Int(mentionStarts[index])..<Int(mentionStarts[index + 1])]
    }

    /// The mentions `entry` of the article at `index` points to.
    func mentions(of entry: ResolvedEntry, inArticleAt index: Int) -> ArraySlice<CompactMention> {
        let first = Int(mentionStarts[index])
        return mentions[first + Int(entry.mentions.lowerBound)..<first + Int(entry.mentions.upperBound)]
    }
}
