import KiosqueText

/// Resolves per-article entities into corpus-wide ones (see `Corpus` for the rules).
///
/// Chunks of articles are resolved on all cores, each on its own, then merged in corpus
/// order: the result is the one a single pass over the articles in order would give.
enum EntityResolver {
    struct Result {
        /// Every entity, most mentioned first (ties by name).
        var entities: [Entity]
        /// Per article: its entities in order of first mention, and their mentions.
        var entityTable: ArticleEntityTable
    }

    /// What the corpus knows of one entity while articles are resolved into it.
    struct Accumulator {
        /// How often each surface form was an article's name for the entity.
        var names: [String: Int] = [:]
        var variants: [String] = []
        var seenVariants: Set<String> = []
        var types = [Int](repeating: 0, count: EntityType.allCases.count)
        var mentions = 0
        /// Indices of the articles, in corpus order (the ids are looked up once, at the end).
        var articles: [Int32] = []

        mutating func addVariants(of form: ExtractionChunk.Form) {
            if form.variants.isEmpty {
                addVariant(form.name)
            } else {
                for variant in form.variants { addVariant(variant) }
            }
        }

        /// `later`'s articles all come after this one's (chunks are merged in corpus order).
        mutating func merge(_ later: Accumulator) {
            names.merge(later.names, uniquingKeysWith: +)
            for slot in types.indices { types[slot] += later.types[slot] }
            mentions += later.mentions
            articles += later.articles
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

    /// One chunk resolved on its own: its entities (keys and accumulators) in order of first
    /// mention, and per article, per entry, the index of its entity in that list.
    struct ChunkResult {
        var keys: [String] = []
        var accumulators: [Accumulator] = []
        var slots: [[Int32]] = []
    }

    /// `chunks` are emptied as they are consumed, so that each article's entries are freed
    /// as soon as they are resolved (the peak memory of a load is here).
    static func resolve(articles: [Article], chunks: inout [ExtractionChunk]) -> Result {
        chunks.withUnsafeMutableBufferPointer { buffer in
            // Phases read the chunks from all cores; the last one also frees them (each
            // chunk is written by one thread only).
            nonisolated(unsafe) let shared = buffer
            return resolve(articles: articles, chunks: shared)
        }
    }

    private static func resolve(articles: [Article], chunks: UnsafeMutableBufferPointer<ExtractionChunk>) -> Result {
        nonisolated(unsafe) let chunks = chunks
        let parts = (0..<chunks.count).map { $0..<($0 + 1) }
        // Keys: folded names; one-word person names join a unique longer person name.
        var surnameOwners: [String: Set<String>] = [:]
        for owners in ParallelChunks.map(parts, { part in surnames(in: chunks[part.lowerBound]) }) {
            surnameOwners.merge(owners) { $0.union($1) }
        }
        let owners = surnameOwners
        var results = ParallelChunks.map(parts) { part in accumulate(chunks[part.lowerBound], owners: owners) }

        // Merge the chunks in corpus order. Accumulators live in an array, mutated in place
        // (a dictionary of structs would copy one on every update: quadratic for frequent entities).
        var accumulators: [Accumulator] = []
        var accumulatorOf: [String: Int] = [:]
        var mappings: [[Int32]] = []  // per chunk: its local slot → the corpus-wide one
        for part in results.indices {
            var mapping: [Int32] = []
            mapping.reserveCapacity(results[part].keys.count)
            for (local, entityKey) in results[part].keys.enumerated() {
                if let existing = accumulatorOf[entityKey] {
                    accumulators[existing].merge(results[part].accumulators[local])
                    mapping.append(Int32(existing))
                } else {
                    accumulatorOf[entityKey] = accumulators.count
                    mapping.append(Int32(accumulators.count))
                    accumulators.append(results[part].accumulators[local])
                }
            }
            mappings.append(mapping)
            results[part].accumulators = []
            results[part].keys = []
        }
        accumulatorOf = [:]

        let (entities, rank) = makeEntities(accumulators, articles: articles)
        accumulators = []
        let finalResults = results, finalMappings = mappings
        results = []
        // Each chunk's part of the article table is made on its own core, then the parts joined.
        let grouped = ParallelChunks.map(parts) { part -> ArticleEntityTable.Builder in
            let index = part.lowerBound
            let chunk = chunks[index]
            chunks[index] = ExtractionChunk(articles: chunk.articles)  // freed once grouped
            var builder = ArticleEntityTable.Builder()
            for position in chunk.extractions.indices {
                let slots = finalResults[index].slots[position].map { finalMappings[index][Int($0)] }
                let (entries, mentions) = group(chunk.extractions[position], slots: slots, rank: rank)
                builder.append(entries, mentions)
            }
            return builder
        }
        return Result(entities: entities, entityTable: ArticleEntityTable(joining: grouped))
    }

    /// Last word → the multi-word person names it ends, in one chunk.
    private static func surnames(in chunk: ExtractionChunk) -> [String: Set<String>] {
        var isPerson = [Bool](repeating: false, count: chunk.forms.count)
        for extraction in chunk.extractions {
            for entry in extraction.entries where entry.type == .person { isPerson[Int(entry.form)] = true }
        }
        var owners: [String: Set<String>] = [:]
        for (index, form) in chunk.forms.enumerated() where isPerson[index] {
            let words = form.folded.split(separator: " ")
            if words.count >= 2, let last = words.last { owners[String(last), default: []].insert(form.folded) }
        }
        return owners
    }

    /// One chunk's entities, keyed by folded name (a lone surname by its unique owner).
    private static func accumulate(_ chunk: ExtractionChunk, owners: [String: Set<String>]) -> ChunkResult {
        var result = ChunkResult()
        var slotOf: [String: Int] = [:]
        // Per form, as a person (odd) or not (even): its slot, and how often it named it.
        var formSlots = [Int](repeating: -1, count: chunk.forms.count * 2)
        var formUses = [Int](repeating: 0, count: chunk.forms.count * 2)
        result.slots.reserveCapacity(chunk.extractions.count)
        for (position, extraction) in chunk.extractions.enumerated() {
            let article = Int32(chunk.articles.lowerBound + position)
            var articleSlots: [Int32] = []
            articleSlots.reserveCapacity(extraction.entries.count)
            for entry in extraction.entries {
                let pair = Int(entry.form) * 2 + (entry.type == .person ? 1 : 0)
                var slot = formSlots[pair]
                if slot < 0 {
                    let form = chunk.forms[Int(entry.form)]
                    let entityKey = key(form.folded, isPerson: entry.type == .person, owners: owners)
                    if let existing = slotOf[entityKey] {
                        slot = existing
                    } else {
                        slot = result.accumulators.count
                        slotOf[entityKey] = slot
                        result.keys.append(entityKey)
                        result.accumulators.append(Accumulator())
                    }
                    formSlots[pair] = slot
                    result.accumulators[slot].addVariants(of: form)
                }
                formUses[pair] += 1
                result.accumulators[slot].types[entry.type.voteSlot] += Int(entry.mentionCount)
                result.accumulators[slot].mentions += Int(entry.mentionCount)
                if result.accumulators[slot].articles.last != article { result.accumulators[slot].articles.append(article) }
                articleSlots.append(Int32(slot))
            }
            result.slots.append(articleSlots)
        }
        for pair in formUses.indices where formUses[pair] > 0 {
            result.accumulators[formSlots[pair]].names[chunk.forms[pair / 2].name, default: 0] += formUses[pair]
        }
        return result
    }

    private static func key(_ folded: String, isPerson: Bool, owners: [String: Set<String>]) -> String {
        if isPerson, !folded.contains(" "), let candidates = owners[folded], candidates.count == 1, let owner = candidates.first {
            return owner
        }
        return folded
    }

    /// The entities, most mentioned first (ties by name), and per accumulator its place there.
    private static func makeEntities(_ accumulators: [Accumulator], articles: [Article]) -> ([Entity], [Int32]) {
        let ids = ArticleIDList.Table(articles.map(\.id))
        let named = ParallelChunks.map(ParallelChunks.ranges(count: accumulators.count)) { range in
            range.map { slot -> (name: String, slug: String, articleIDs: ArticleIDList) in
                let name = CanonicalName.choose(fromCounts: accumulators[slot].names)
                return (name, Slug.make(name), ArticleIDList(positions: accumulators[slot].articles, table: ids))
            }
        }.flatMap { $0 }
        var entities: [Entity] = []
        entities.reserveCapacity(accumulators.count)
        var usedIDs: Set<String> = []
        for (slot, accumulator) in accumulators.enumerated() {
            var id = named[slot].slug
            if usedIDs.contains(id) { id += "-" + String(entities.count) }  // distinct keys, same slug: keep both
            usedIDs.insert(id)
            entities.append(Entity(id: id, name: named[slot].name, type: accumulator.type, variants: accumulator.variants,
                                   mentionCount: accumulator.mentions, articles: named[slot].articleIDs))
        }
        let order = entities.indices.sorted { (entities[$1].mentionCount, entities[$0].name) < (entities[$0].mentionCount, entities[$1].name) }
        var rank = [Int32](repeating: 0, count: entities.count)
        for (position, slot) in order.enumerated() { rank[slot] = Int32(position) }
        return (order.map { entities[$0] }, rank)
    }

    /// An article's entries grouped by corpus entity (two entries may resolve to one), in
    /// order of first mention, with their mentions laid out one entity after the other.
    private static func group(_ article: ArticleExtraction, slots: [Int32], rank: [Int32]) -> ([ResolvedEntry], [CompactMention]) {
        var starts: [Int32] = []  // each entry's first mention
        starts.reserveCapacity(article.entries.count + 1)
        var next: Int32 = 0
        for entry in article.entries {
            starts.append(next)
            next += entry.mentionCount
        }
        starts.append(next)
        if Set(slots).count == slots.count {
            // No two entries joined (the usual case): the article's mentions are already laid out.
            let resolved = slots.indices.map { position in
                ResolvedEntry(entity: rank[Int(slots[position])], mentions: starts[position]..<starts[position + 1])
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
            for position in positions { mentions.append(contentsOf: article.mentions[Int(starts[position])..<Int(starts[position + 1])]) }
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
