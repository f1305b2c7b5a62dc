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

    /// What the corpus knows of one entity while articles are resolved into it.
    struct Accumulator {
        /// How often each surface form was an article's name for the entity.
        var names: [String: Int] = [:]
        var variants: [String] = []
        var seenVariants: Set<String> = []
        var types = [Int](repeating: 0, count: EntityType.allCases.count)
        var mentions = 0
        var articleIDs: [String] = []

        mutating func add(_ entry: ArticleExtraction.Entry, articleID: String) {
            names[entry.name, default: 0] += 1
            types[entry.type.voteSlot] += entry.mentions.count
            mentions += entry.mentions.count
            if articleIDs.last != articleID { articleIDs.append(articleID) }
            if entry.variants.isEmpty {
                addVariant(entry.name)
            } else {
                for variant in entry.variants { addVariant(variant) }
            }
        }

        /// `later`'s articles all come after this one's (chunks are merged in corpus order).
        mutating func merge(_ later: Accumulator) {
            names.merge(later.names, uniquingKeysWith: +)
            for slot in types.indices { types[slot] += later.types[slot] }
            mentions += later.mentions
            articleIDs += later.articleIDs
            for variant in later.variants { addVariant(variant) }
        }

        private mutating func addVariant(_ variant: String) {
            if seenVariants.insert(variant).inserted { variants.append(variant) }
        }

        /// Most mentions; a tie goes to the type whose raw value sorts first.
        var type: EntityType {
            EntityType.allCases.max { lhs, rhs in
                (types[lhs.voteSlot], rhs.rawValue) < (types[rhs.voteSlot], lhs.rawValue)
            } ?? .misc
        }
    }

    /// One chunk of articles resolved on its own: its entities in order of first mention,
    /// and per article, per entry, the entity's index in that list.
    struct ChunkResult {
        var keys: [String] = []
        var accumulators: [Accumulator] = []
        var slots: [[Int32]] = []
    }

    /// `extracted` is emptied as it is consumed, so that each article's entries are freed as
    /// soon as they are resolved (the peak memory of a load is here). Chunks of articles are
    /// resolved on all cores, then merged in corpus order: the result is the same as one
    /// pass over the articles in order.
    static func resolve(articles: [Article], extracted: inout [ArticleExtraction]) -> Result {
        let ranges = ParallelChunks.ranges(count: extracted.count)
        return extracted.withUnsafeMutableBufferPointer { buffer in
            // Phases read the articles' extractions from all cores; the last one also frees
            // each (its slot is written by one thread only).
            nonisolated(unsafe) let allExtracted = buffer
            return resolve(articles: articles, allExtracted: allExtracted, ranges: ranges)
        }
    }

    private static func resolve(articles: [Article], allExtracted: UnsafeMutableBufferPointer<ArticleExtraction>,
                                ranges: [Range<Int>]) -> Result {
        nonisolated(unsafe) let allExtracted = allExtracted
        // Keys: folded names; one-word person names join a unique longer person name.
        var surnameOwners: [String: Set<String>] = [:]
        for owners in ParallelChunks.map(ranges, { range in surnames(in: allExtracted, range) }) {
            surnameOwners.merge(owners) { $0.union($1) }
        }
        let owners = surnameOwners
        @Sendable func key(for entry: ArticleExtraction.Entry) -> String {
            if entry.type == .person, !entry.folded.contains(" "), let candidates = owners[entry.folded], candidates.count == 1,
               let owner = candidates.first {
                return owner
            }
            return entry.folded
        }
        var chunks = ParallelChunks.map(ranges) { range in
            var chunk = ChunkResult()
            var slotOf: [String: Int] = [:]
            chunk.slots.reserveCapacity(range.count)
            for index in range {
                let article = allExtracted[index]
                var articleSlots: [Int32] = []
                articleSlots.reserveCapacity(article.entries.count)
                for entry in article.entries {
                    let entityKey = key(for: entry)
                    let slot: Int
                    if let existing = slotOf[entityKey] {
                        slot = existing
                    } else {
                        slot = chunk.accumulators.count
                        slotOf[entityKey] = slot
                        chunk.keys.append(entityKey)
                        chunk.accumulators.append(Accumulator())
                    }
                    chunk.accumulators[slot].add(entry, articleID: articles[index].id)
                    articleSlots.append(Int32(slot))
                }
                chunk.slots.append(articleSlots)
            }
            return chunk
        }

        // Merge the chunks in corpus order. Accumulators live in an array, mutated in place
        // (a dictionary of structs would copy one on every update: quadratic for frequent entities).
        var accumulators: [Accumulator] = []
        var accumulatorOf: [String: Int] = [:]
        var globalSlots: [[Int32]] = []  // per chunk: its local slot → the corpus-wide one
        for part in chunks.indices {
            let chunk = chunks[part]
            var mapping: [Int32] = []
            mapping.reserveCapacity(chunk.keys.count)
            for (local, entityKey) in chunk.keys.enumerated() {
                if let existing = accumulatorOf[entityKey] {
                    accumulators[existing].merge(chunk.accumulators[local])
                    mapping.append(Int32(existing))
                } else {
                    accumulatorOf[entityKey] = accumulators.count
                    mapping.append(Int32(accumulators.count))
                    accumulators.append(chunk.accumulators[local])
                }
            }
            globalSlots.append(mapping)
            chunks[part].accumulators = []
            chunks[part].keys = []
        }
        accumulatorOf = [:]

        let merged = accumulators
        accumulators = []
        let named = ParallelChunks.map(ParallelChunks.ranges(count: merged.count)) { range in
            range.map { slot -> (name: String, slug: String) in
                let name = CanonicalName.choose(fromCounts: merged[slot].names)
                return (name, Slug.make(name))
            }
        }.flatMap { $0 }
        var entities: [Entity] = []
        entities.reserveCapacity(merged.count)
        var usedIDs: Set<String> = []
        for (slot, accumulator) in merged.enumerated() {
            var id = named[slot].slug
            if usedIDs.contains(id) { id += "-" + String(entities.count) }  // distinct keys, same slug: keep both
            usedIDs.insert(id)
            entities.append(Entity(id: id, name: named[slot].name, type: accumulator.type, variants: accumulator.variants,
                                   mentionCount: accumulator.mentions, articleIDs: accumulator.articleIDs))
        }
        // Most mentioned first; `rank` maps an accumulator slot to its place in that order.
        let order = entities.indices.sorted { (entities[$1].mentionCount, entities[$0].name) < (entities[$0].mentionCount, entities[$1].name) }
        var rank = [Int32](repeating: 0, count: entities.count)
        for (position, slot) in order.enumerated() { rank[slot] = Int32(position) }
        let sorted = order.map { entities[$0] }
        entities = []

        let finalRank = rank, finalChunks = chunks, mappings = globalSlots
        let grouped = ParallelChunks.map(ranges.indices.map { $0..<($0 + 1) }) { parts in
            parts.flatMap { part in
                let range = ranges[part]
                return range.map { index in
                    let slots = finalChunks[part].slots[index - range.lowerBound].map { mappings[part][Int($0)] }
                    let resolved = group(allExtracted[index], slots: slots, rank: finalRank)
                    allExtracted[index] = ArticleExtraction()  // its mentions now live (shared or copied) in the result
                    return resolved
                }
            }
        }.flatMap { $0 }
        return Result(entities: sorted, articleEntries: grouped.map(\.0), articleMentions: grouped.map(\.1))
    }

    /// Last word → the multi-word person names it ends, over some articles.
    private static func surnames(in articles: UnsafeMutableBufferPointer<ArticleExtraction>, _ range: Range<Int>) -> [String: Set<String>] {
        var owners: [String: Set<String>] = [:]
        for index in range {
            for entry in articles[index].entries where entry.type == .person {
                let words = entry.folded.split(separator: " ")
                if words.count >= 2, let last = words.last { owners[String(last), default: []].insert(entry.folded) }
            }
        }
        return owners
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
