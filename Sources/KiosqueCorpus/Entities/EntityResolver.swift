import KiosqueText

/// Resolves per-article entities into corpus-wide ones (see `Corpus` for the rules).
enum EntityResolver {
    struct Result {
        /// Every entity, most mentioned first (ties by name).
        var entities: [Entity]
        /// Per article: its entities in order of first mention, and their mentions.
        var articleEntries: [[ResolvedEntry]]
        var articleMentions: [[CompactMention]]
    }

    /// `extracted` is emptied as it is consumed, so that each article's entries are freed as
    /// soon as they are resolved (the peak memory of a load is here).
    static func resolve(articles: [Article], extracted: inout [ArticleExtraction]) -> Result {
        // Keys: folded names; one-word person names join a unique longer person name.
        var surnameOwners: [String: Set<String>] = [:]
        for article in extracted {
            for entry in article.entries where entry.type == .person {
                let words = entry.folded.split(separator: " ")
                if words.count >= 2, let last = words.last { surnameOwners[String(last), default: []].insert(entry.folded) }
            }
        }
        func key(for entry: ArticleExtraction.Entry) -> String {
            if entry.type == .person, !entry.folded.contains(" "), let owners = surnameOwners[entry.folded], owners.count == 1,
               let owner = owners.first {
                return owner
            }
            return entry.folded
        }

        struct Accumulator {
            /// How often each surface form was an article's name for the entity.
            var names: [String: Int] = [:]
            var variants: [String] = []
            var seenVariants: Set<String> = []
            var types: [EntityType: Int] = [:]
            var mentions = 0
            var articleIDs: [String] = []
        }
        // Accumulators live in an array, mutated in place (a dictionary of structs would
        // copy one on every optional-chained update: quadratic for frequent entities).
        var accumulators: [Accumulator] = []
        var accumulatorOf: [String: Int] = [:]
        var slots: [[Int32]] = []  // per article, per entry: its accumulator
        slots.reserveCapacity(extracted.count)
        for (index, article) in extracted.enumerated() {
            var articleSlots: [Int32] = []
            articleSlots.reserveCapacity(article.entries.count)
            for entry in article.entries {
                let entityKey = key(for: entry)
                let slot: Int
                if let existing = accumulatorOf[entityKey] {
                    slot = existing
                } else {
                    slot = accumulators.count
                    accumulatorOf[entityKey] = slot
                    accumulators.append(Accumulator())
                }
                accumulators[slot].names[entry.name, default: 0] += 1
                accumulators[slot].types[entry.type, default: 0] += entry.mentions.count
                accumulators[slot].mentions += entry.mentions.count
                if accumulators[slot].articleIDs.last != articles[index].id {
                    accumulators[slot].articleIDs.append(articles[index].id)
                }
                for variant in entry.variants.isEmpty ? [entry.name] : entry.variants
                where accumulators[slot].seenVariants.insert(variant).inserted {
                    accumulators[slot].variants.append(variant)
                }
                articleSlots.append(Int32(slot))
            }
            slots.append(articleSlots)
        }

        var entities: [Entity] = []
        entities.reserveCapacity(accumulators.count)
        var usedIDs: Set<String> = []
        for accumulator in accumulators {
            let name = CanonicalName.choose(fromCounts: accumulator.names)
            var id = Slug.make(name)
            if usedIDs.contains(id) { id += "-" + String(entities.count) }  // distinct keys, same slug: keep both
            usedIDs.insert(id)
            let type = accumulator.types.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .misc
            entities.append(Entity(id: id, name: name, type: type, variants: accumulator.variants,
                                   mentionCount: accumulator.mentions, articleIDs: accumulator.articleIDs))
        }
        accumulators = []
        // Most mentioned first; `rank` maps an accumulator slot to its place in that order.
        let order = entities.indices.sorted { (entities[$1].mentionCount, entities[$0].name) < (entities[$0].mentionCount, entities[$1].name) }
        var rank = [Int32](repeating: 0, count: entities.count)
        for (position, slot) in order.enumerated() { rank[slot] = Int32(position) }
        let sorted = order.map { entities[$0] }

        var articleEntries = [[ResolvedEntry]](repeating: [], count: extracted.count)
        var articleMentions = [[CompactMention]](repeating: [], count: extracted.count)
        for index in extracted.indices {
            (articleEntries[index], articleMentions[index]) = group(extracted[index], slots: slots[index], rank: rank)
            extracted[index] = ArticleExtraction()  // its mentions now live (shared or copied) in the result
            slots[index] = []
        }
        return Result(entities: sorted, articleEntries: articleEntries, articleMentions: articleMentions)
    }

    /// An article's entries grouped by corpus entity (two entries may resolve to one), in
    /// order of first mention, with their mentions laid out one entity after the other.
    private static func group(_ article: ArticleExtraction, slots: [Int32], rank: [Int32]) -> ([ResolvedEntry], [CompactMention]) {
        if Set(slots).count == slots.count {
            // No two entries joined (the usual case): the article's mentions are already laid out.
            let resolved = zip(slots, article.entries).map { slot, entry in
                ResolvedEntry(entity: rank[Int(slot)], mentions: Int32(entry.mentions.lowerBound)..<Int32(entry.mentions.upperBound))
            }
            return (resolved, article.mentions)
        }
        var firstSeen: [Int32] = []
        var entriesOf: [Int32: [Int]] = [:]
        for (position, slot) in slots.enumerated() {
            if entriesOf[slot] == nil { firstSeen.append(slot) }
            entriesOf[slot, default: []].append(position)
        }
        var resolved: [ResolvedEntry] = []
        resolved.reserveCapacity(firstSeen.count)
        var mentions: [CompactMention] = []
        mentions.reserveCapacity(article.mentions.count)
        for slot in firstSeen {
            let start = mentions.count
            let positions = entriesOf[slot] ?? []
            for position in positions { mentions.append(contentsOf: article.mentions[article.entries[position].mentions]) }
            if positions.count > 1 { mentions[start...].sort { $0.orderKey < $1.orderKey } }
            resolved.append(ResolvedEntry(entity: rank[Int(slot)], mentions: Int32(start)..<Int32(mentions.count)))
        }
        return (resolved, mentions)
    }
}

/// Entity ids: the folded canonical name, lower-case ASCII letters and digits joined by `-`.
public enum Slug {
    public static func make(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in TextFolding.foldName(name).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar.properties.isAlphabetic {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "entity" : slug
    }
}
