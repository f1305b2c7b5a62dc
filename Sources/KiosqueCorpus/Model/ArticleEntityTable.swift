/// Per article (load order), its resolved entities and the compact mentions they point into,
/// each kind in one flat list with per-article starts: four arrays for the corpus instead of
/// two per article (200,000 small arrays were a fifth of a 100,000-article snapshot start).
/// The arrays are `FlatArray`s, so a snapshot start reads them in place (`ENTS` section)
/// instead of copying a hundred megabytes at 100,000 articles.
struct ArticleEntityTable: Sendable {
    let entryStarts: FlatArray<Int32>
    let entries: FlatArray<ResolvedEntry>
    let mentionStarts: FlatArray<Int32>
    let mentions: FlatArray<CompactMention>

    /// The table of lists given per article (as the resolver groups them).
    /// The tables of consecutive runs of articles, one after the other.
    init(joining parts: [Builder]) {
        guard parts.count != 1 else {
            self = parts[0].table()
            return
        }
        var joined = Builder()
        for part in parts { joined.append(part) }
        self = joined.table()
    }

    /// Arrays whose agreement the caller has checked (`checked(...)` for a snapshot's).
    private init(entryStarts: FlatArray<Int32>, entries: FlatArray<ResolvedEntry>, mentionStarts: FlatArray<Int32>,
                 mentions: FlatArray<CompactMention>) {
        self.entryStarts = entryStarts
        self.entries = entries
        self.mentionStarts = mentionStarts
        self.mentions = mentions
    }

    /// The table over arrays read from elsewhere (a snapshot), nil unless they agree: starts
    /// ascending from 0 to each list's end, one per article, every entry naming an entity below
    /// `entityCount` and mentions inside its article's.
    static func checked(entryStarts: FlatArray<Int32>, entries: FlatArray<ResolvedEntry>, mentionStarts: FlatArray<Int32>,
                        mentions: FlatArray<CompactMention>, articleCount: Int, entityCount: Int) -> ArticleEntityTable? {
        guard entryStarts.count == articleCount + 1, mentionStarts.count == articleCount + 1,
              entryStarts.first == 0, mentionStarts.first == 0,
              entryStarts.last.map(Int.init) == entries.count, mentionStarts.last.map(Int.init) == mentions.count else { return nil }
        // Integers widened before arithmetic and ranges made only once ordered: damage must not trap.
        for article in 0..<articleCount {
            let mentionCount = Int(mentionStarts[article + 1]) - Int(mentionStarts[article])
            guard entryStarts[article] <= entryStarts[article + 1], Int(entryStarts[article + 1]) <= entries.count,
                  mentionCount >= 0, Int(mentionStarts[article + 1]) <= mentions.count else { return nil }
            for index in Int(entryStarts[article])..<Int(entryStarts[article + 1]) {
                let entry = entries[index]
                guard entry.entity >= 0, Int(entry.entity) < entityCount, entry.mentionStart >= 0,
                      entry.mentionStart <= entry.mentionEnd, Int(entry.mentionEnd) <= mentionCount else { return nil }
            }
        }
        return ArticleEntityTable(entryStarts: entryStarts, entries: entries, mentionStarts: mentionStarts, mentions: mentions)
    }

    /// How many articles the table holds.
    var count: Int { entryStarts.count - 1 }

    func entries(ofArticleAt index: Int) -> Slice<FlatArray<ResolvedEntry>> {
        entries[Int(entryStarts[index])..<Int(entryStarts[index + 1])]
    }

    func mentions(ofArticleAt index: Int) -> Slice<FlatArray<CompactMention>> {
        mentions[Int(mentionStarts[index])..<Int(mentionStarts[index + 1])]
    }

    /// The mentions `entry` of the article at `index` points to.
    func mentions(of entry: ResolvedEntry, inArticleAt index: Int) -> Slice<FlatArray<CompactMention>> {
        let first = Int(mentionStarts[index])
        return mentions[first + Int(entry.mentions.lowerBound)..<first + Int(entry.mentions.upperBound)]
    }

    /// Collects articles' lists in order, then freezes them into a table.
    struct Builder {
        private var entryStarts: [Int32] = [0]
        private var entries: [ResolvedEntry] = []
        private var mentionStarts: [Int32] = [0]
        private var mentions: [CompactMention] = []

        /// Adds the next article's entities, whose mention ranges count from its first mention.
        mutating func append(_ articleEntries: some Collection<ResolvedEntry>, _ articleMentions: some Collection<CompactMention>) {
            entries += articleEntries
            mentions += articleMentions
            entryStarts.append(Int32(entries.count))
            mentionStarts.append(Int32(mentions.count))
        }

        /// Adds the articles of another builder after these.
        mutating func append(_ other: Builder) {
            let entryBase = Int32(entries.count), mentionBase = Int32(mentions.count)
            entries += other.entries
            mentions += other.mentions
            entryStarts += other.entryStarts.dropFirst().lazy.map { $0 + entryBase }
            mentionStarts += other.mentionStarts.dropFirst().lazy.map { $0 + mentionBase }
        }

        func table() -> ArticleEntityTable {
            ArticleEntityTable(entryStarts: FlatArray(entryStarts), entries: FlatArray(entries),
                               mentionStarts: FlatArray(mentionStarts), mentions: FlatArray(mentions))
        }
    }
}
